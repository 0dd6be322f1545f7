class Member < ActiveRecord::Base
  attr_encrypted :email, key: ENV.fetch("EMAIL_KEY")
  attr_encrypted :mobile, attribute: "mobile_secret", key: :key_method
  attr_encryptor :home_address, prefix: "crypt_", suffix: "_v2", key: "k" * 32
end
