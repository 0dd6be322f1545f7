-- Names database shop: an unqualified table is not crm's, so the grant on
-- crm.contacts reaches nothing here (see mysql-grants-qualified.sql).

CREATE TABLE contacts (id int, email varchar(255));
CREATE TABLE shop.orders (id int, contact_phone varchar(30));
GRANT SELECT ON crm.contacts TO ''@'%';
