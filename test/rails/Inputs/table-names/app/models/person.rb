class Person < ApplicationRecord
  encrypts :email
end
