class Contact < ApplicationRecord
  self.table_name = "legacy_contacts"
  encrypts :email
end
