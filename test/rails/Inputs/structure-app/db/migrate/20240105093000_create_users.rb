class CreateUsers < ActiveRecord::Migration[7.1]
  def change
    create_table :users do |t|
      t.string :email, null: false
      t.string :phone
      t.datetime :created_at, null: false
    end
  end
end
