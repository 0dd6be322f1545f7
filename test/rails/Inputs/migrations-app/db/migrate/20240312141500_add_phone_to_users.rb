class AddPhoneToUsers < ActiveRecord::Migration[7.1]
  def up
    add_column :users, :phone, :string
    create_table :newsletter_signups do |t|
      t.string :email, null: false
      t.datetime :created_at, null: false
    end
  end

  # Rolling back is not the schema: the column and table stay.
  def down
    remove_column :users, :phone
    drop_table :newsletter_signups
  end
end
