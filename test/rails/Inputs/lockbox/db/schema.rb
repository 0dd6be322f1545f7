ActiveRecord::Schema[7.0].define(version: 2023_11_02_090000) do
  create_table "patients", force: :cascade do |t|
    t.text "email_ciphertext"
    t.string "email_bidx"
    t.text "phone_ciphertext"
    t.string "phone"
    t.binary "address_ciphertext"
    t.string "address"
    t.index ["email_bidx"], name: "index_patients_on_email_bidx", unique: true
  end

  create_table "contacts", force: :cascade do |t|
    t.text "email_ciphertext"
    t.string "email_lookup"
  end
end
