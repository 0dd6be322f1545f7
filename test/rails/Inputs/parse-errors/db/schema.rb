ActiveRecord::Schema[7.1].define(version: 2024_06_01_000000) do
  create_table "before", force: :cascade do |t|
    t.string "email"
  end

  create_table "broken", force: :cascade do |t|
    t.string "phone", null: false,, comment: "x"
    t.string "email"
  end

  create_table "users" do |t|
    t.string "email"
  end
  create_table "accounts" do |t|
    t.string "email"
  end
  create_table "members" do |t|
    t.string "email"
  end
end
