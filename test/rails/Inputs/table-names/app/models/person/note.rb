# Nested in the Person model: Rails prefixes the singular table name.
class Person::Note < ApplicationRecord
  encrypts :email
end
