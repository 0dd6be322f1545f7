# Subjects in a Rails db/schema.rb: the contact rules report a person's data;
# an organisation's (a site, a vendor) and the system's (settings) are listed
# by the inventory. Role-named columns are a person's in any table, and a
# sender is a person's in a parcel or message table.
# RUN: rm -rf %t && mkdir -p %t/db && cp %s %t/db/schema.rb && cd %t
# RUN: not %privlint check db/schema.rb 2>&1 | %check-all %s
# RUN: %privlint inventory db/schema.rb | FileCheck --check-prefix=INV %s

ActiveRecord::Schema[7.1].define(version: 2024_05_01_000000) do
  create_table "donation_sites", force: :cascade do |t|
    t.string "name"
    t.string "address"
# INV: schema.rb:[[@LINE-1]]:15: donation_sites.address (string): user.contact.address (organisation's);
    t.string "email"
# INV: schema.rb:[[@LINE-1]]:15: donation_sites.email (string): user.contact.email (organisation's);
    t.string "phone"
# INV: schema.rb:[[@LINE-1]]:15: donation_sites.phone (string): user.contact.phone_number (organisation's);
    t.string "contact_person_email"
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'donation_sites.contact_person_email' stores contact data (email) in plaintext [plaintext-contact-field]
  end

  create_table "vendors", force: :cascade do |t|
    t.string "business_name"
    t.string "email"
# INV: schema.rb:[[@LINE-1]]:15: vendors.email (string): user.contact.email (organisation's);
    t.string "owner_phone"
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'vendors.owner_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
  end

  create_table "site_configurations", force: :cascade do |t|
    t.string "reply_to_email"
# INV: schema.rb:[[@LINE-1]]:15: site_configurations.reply_to_email (string): user.contact.email (system's);
    t.string "support_phone"
# INV: schema.rb:[[@LINE-1]]:15: site_configurations.support_phone (string): user.contact.phone_number (organisation's);
  end

  create_table "products", force: :cascade do |t|
    t.string "sku"
    t.string "customer_email"
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'products.customer_email' stores contact data (email) in plaintext [plaintext-contact-field]
  end

  create_table "shipments", force: :cascade do |t|
    t.string "sender_phone"
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'shipments.sender_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
    t.string "recipient_email"
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'shipments.recipient_email' stores contact data (email) in plaintext [plaintext-contact-field]
  end

  create_table "families", force: :cascade do |t|
    t.string "guardian_phone"
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'families.guardian_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
    t.string "guardian_zip_code"
# INV: schema.rb:[[@LINE-1]]:15: families.guardian_zip_code (string): user.contact.address.postal_code;
  end

  create_table "users", force: :cascade do |t|
    t.string "email", default: "", null: false
# CHECK: schema.rb:[[@LINE-1]]:15: warning: column 'users.email' stores contact data (email) in plaintext [plaintext-contact-field]
  end
end
# CHECK: 7 findings (0 errors, 7 warnings, 0 notes)
