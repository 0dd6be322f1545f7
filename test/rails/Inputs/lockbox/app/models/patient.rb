class Patient < ApplicationRecord
  has_encrypted :email
  blind_index :email
  # Lockbox is still backfilling phone_ciphertext: the plaintext column stays
  has_encrypted :phone, migrating: true
  # encrypted, but the old plaintext column was never dropped
  lockbox_encrypts :address, encode: false
end
