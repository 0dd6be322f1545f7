ActiveRecord::Schema[7.1].define(version: 2024_06_01_000000) do
  create_table "customers", force: :cascade do |t|
    t.xml "contact_email"
    t.bit "mobile_phone"
    t.oid "phone_blob"
    t.column "device_mac", :macaddr8
    t.tstzrange "phone_hours"
    t.daterange "birth_date"
    t.string "email"
  end
end
