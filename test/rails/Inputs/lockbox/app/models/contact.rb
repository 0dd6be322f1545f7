# Lockbox before 1.0 spelled has_encrypted `encrypts`.
class Contact < ApplicationRecord
  encrypts :email
  blind_index :email, bidx_attribute: :email_lookup
end
