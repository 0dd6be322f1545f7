class CreateUsers < ActiveRecord::Migration[7.1]
  def change
    create_table :users do |t|
      t.binary :email, null: false # ciphertext, encrypted by the application
    end
  end
end
