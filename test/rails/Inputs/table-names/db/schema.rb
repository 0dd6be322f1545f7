ActiveRecord::Schema[7.1].define(version: 2024_02_29_000000) do
  create_table "people", force: :cascade do |t|
    t.string "email"
    t.string "phone"
  end
  # Not Person's table: Rails pluralizes person as people.
  create_table "persons", force: :cascade do |t|
    t.string "email"
  end
  create_table "children", force: :cascade do |t|
    t.string "email"
  end
  create_table "women", force: :cascade do |t|
    t.string "email"
  end
  create_table "companies", force: :cascade do |t|
    t.string "email"
  end
  create_table "addresses", force: :cascade do |t|
    t.string "email"
  end
  create_table "matches", force: :cascade do |t|
    t.string "email"
  end
  create_table "legacy_contacts", force: :cascade do |t|
    t.string "email"
  end
  # Not Contact's table: it sets self.table_name.
  create_table "contacts", force: :cascade do |t|
    t.string "email"
  end
  create_table "admin_operators", force: :cascade do |t|
    t.string "email"
  end
  create_table "invoices", force: :cascade do |t|
    t.string "billing_email"
  end
  create_table "person_notes", force: :cascade do |t|
    t.string "email"
  end
  create_table "phone_numbers", force: :cascade do |t|
    t.string "number"
    t.string "phone"
  end
end
