# This file is auto-generated from the current state of the database.
ActiveRecord::Schema[7.1].define(version: 2024_03_12_141500) do
  create_table "users", force: :cascade do |t|
    t.string "email", null: false
    t.string "phone"
    t.string "display_name"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "newsletter_signups", force: :cascade do |t|
    t.string "email", null: false
    t.datetime "created_at", null: false
  end
end
