class User < ApplicationRecord
  encrypts :phone
end
