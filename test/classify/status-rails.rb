# State machines in a Rails db/schema.rb (aasm, the workflow gem, a state
# column with a word as its default) are not addresses, in any table.
# RUN: rm -rf %t && mkdir -p %t/db && cp %s %t/db/schema.rb && cd %t
# RUN: printf 'version: 1\nrules:\n  plaintext-contact-field:\n    exclude_categories: []\n' > all.yaml
# RUN: not %privlint check --config all.yaml db/schema.rb 2>&1 | %check-all %s

ActiveRecord::Schema[7.1].define(version: 2024_05_01_000000) do
  create_table "users", force: :cascade do |t|
    t.string "email"
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'users.email' stores contact data (email) in plaintext [plaintext-contact-field]
    t.string "aasm_state", default: "pending", null: false
    t.string "workflow_state"
    t.string "state", default: "unconfirmed"
    t.string "home_state", limit: 2
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'users.home_state' stores contact data (state or province) in plaintext [plaintext-contact-field]
  end

  create_table "requests", force: :cascade do |t|
    t.string "state"
    t.string "city"
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'requests.city' stores contact data (city) in plaintext [plaintext-contact-field]
  end
end
# CHECK: 3 findings (0 errors, 3 warnings, 0 notes)
