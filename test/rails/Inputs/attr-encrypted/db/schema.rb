ActiveRecord::Schema.define(version: 2019_03_14_000000) do
  create_table "members", force: :cascade do |t|
    t.string "encrypted_email"
    t.string "encrypted_email_iv"
    t.string "mobile_secret"
    t.string "mobile_secret_iv"
    t.string "crypt_home_address_v2"
    t.string "crypt_home_address_v2_iv"
    t.string "email"
  end
end
