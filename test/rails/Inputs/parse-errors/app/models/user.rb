class User < ApplicationRecord
  encrypts :email
  def display_name
    [first_name, last_name.join(" ")
  end
end

class Account < ApplicationRecord
  encrypts :email
end
