class Customer < ApplicationRecord
  # no encryption declared: customers.email is plaintext
  has_many :orders
end
