ActiveRecord::Schema[7.1].define(version: 2024_06_01_000000) do
  enable_extension "citext"
  enable_extension "plpgsql"

  create_enum "contact_preference", ["email", "phone", "post"]

  create_table "accounts", force: :cascade do |t|
    t.citext "email", null: false
    t.text "mailing_address"
    t.string "phone", comment: "privlint:encrypted (AES in the application)"
    # Stored as HMAC-SHA256 of the address.
    # privlint:hashed
    t.string "recovery_email"
    t.string "work_phone" # privlint:encrypted
    t.binary "fax_number"
    t.string "email_digest"
    t.integer "login_count", default: 0
    t.bigint "owner_id"
    t.boolean "verified", default: false
    t.datetime "confirmed_at"
    t.date "birthday"
    t.jsonb "preferences", default: {}
    t.inet "last_sign_in_ip"
    t.enum "contact_by", enum_type: "contact_preference"
    t.column "secondary_email", :string
    t.string "emails", array: true
    t.references "organization", foreign_key: true
    t.belongs_to "team"
    t.timestamps
  end

  create_table "leads", id: :uuid do |t|
    t.string "e_mail"
    t.string "telephone"
    t.string "old_email"
  end

  add_column "leads", "mobile", :string
  rename_column "leads", "e_mail", "email"
  remove_column "leads", "old_email", :string
  change_column "leads", "telephone", :binary
  add_foreign_key "accounts", "organizations"

  # Every Rails type and its type class; the category marker puts each column
  # in the inventory.
  create_table "typed", id: false do |t|
    t.string "t_string" # privlint:category=user.name
    t.text "t_text" # privlint:category=user.name
    t.citext "t_citext" # privlint:category=user.name
    t.binary "t_binary" # privlint:category=user.name
    t.integer "t_integer" # privlint:category=user.name
    t.bigint "t_bigint" # privlint:category=user.name
    t.decimal "t_decimal", precision: 10, scale: 2 # privlint:category=user.name
    t.float "t_float" # privlint:category=user.name
    t.boolean "t_boolean" # privlint:category=user.name
    t.date "t_date" # privlint:category=user.name
    t.datetime "t_datetime", precision: nil # privlint:category=user.name
    t.time "t_time" # privlint:category=user.name
    t.timestamp "t_timestamp" # privlint:category=user.name
    t.json "t_json" # privlint:category=user.name
    t.jsonb "t_jsonb" # privlint:category=user.name
    t.uuid "t_uuid" # privlint:category=user.name
    t.inet "t_inet" # privlint:category=user.name
    t.cidr "t_cidr" # privlint:category=user.name
    t.macaddr "t_macaddr" # privlint:category=user.name
    t.enum "t_enum", enum_type: "contact_preference" # privlint:category=user.name
    t.column "t_enum_column", "contact_preference" # privlint:category=user.name
    t.references "t_owner", polymorphic: true # privlint:category=user.name
    t.tsvector "t_tsvector" # privlint:category=user.name
  end
end
