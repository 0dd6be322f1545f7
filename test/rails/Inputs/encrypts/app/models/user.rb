class User < ApplicationRecord
  encrypts :email, deterministic: true, downcase: true
  encrypts :phone
  # ignore_case: true keeps the original case, encrypted, in original_backup_email
  encrypts :backup_email, deterministic: true, ignore_case: true

  validates :email, presence: true
end
