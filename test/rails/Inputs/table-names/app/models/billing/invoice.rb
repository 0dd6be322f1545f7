# No table_name_prefix in Billing: the table is invoices.
module Billing
  class Invoice < ApplicationRecord
    encrypts :billing_email
  end
end
