class Admin::Operator < ApplicationRecord
  encrypts :email
end
