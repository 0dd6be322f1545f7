class Child < ApplicationRecord
  encrypts :email
end

class Woman < ApplicationRecord
  encrypts :email
end

class Company < ApplicationRecord
  encrypts :email
end

class Address < ApplicationRecord
  encrypts :email
end

class Match < ApplicationRecord
  encrypts :email
end

class PhoneNumber < ApplicationRecord
  encrypts :phone, :number
end
