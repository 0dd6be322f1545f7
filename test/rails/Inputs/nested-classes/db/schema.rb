ActiveRecord::Schema[7.1].define(version: 2024_01_01_000000) do
  create_table "customers", force: :cascade do |t|
    t.string "email"
    t.string "phone"
  end
end
