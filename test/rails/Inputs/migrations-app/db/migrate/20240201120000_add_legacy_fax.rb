class AddLegacyFax < ActiveRecord::Migration[7.1]
  def change
    add_column :users, :fax_number, :string
    reversible do |dir|
      dir.down { add_column :users, :pager_number, :string }
    end
    remove_column :users, :fax_number, :string
  end
end
