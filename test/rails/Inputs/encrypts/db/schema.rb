# This file is auto-generated from the current state of the database.
ActiveRecord::Schema[7.1].define(version: 2024_05_01_120000) do
  enable_extension "plpgsql"

  create_table "customers", force: :cascade do |t|
    t.string "email", null: false
    t.string "name"
    t.timestamps
  end

  create_table "users", force: :cascade do |t|
    t.string "email", null: false
    t.string "phone"
    t.string "backup_email"
    t.string "original_backup_email"
    t.timestamps
  end
end
