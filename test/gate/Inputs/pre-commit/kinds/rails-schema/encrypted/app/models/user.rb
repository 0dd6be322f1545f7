class User < ApplicationRecord
  encrypts :email
end
