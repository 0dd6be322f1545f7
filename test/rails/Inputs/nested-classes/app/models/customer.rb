class Customer < ApplicationRecord
  class EmptyError < StandardError; end
  class EntryError < StandardError
  end
  class ImportError < StandardError; end

  encrypts :phone
end
