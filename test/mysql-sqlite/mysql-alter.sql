-- MySQL ALTER TABLE (ADD / MODIFY / CHANGE / DROP / RENAME COLUMN / RENAME TO),
-- RENAME TABLE and DROP TABLE change the columns the later statements see.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect mysql %t/input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --dialect mysql %t/input.sql 2>&1 | FileCheck --check-prefix=INV %s

CREATE TABLE `people` (`id` int NOT NULL, `note` varchar(40), `fax` varchar(20), `nick` text);
-- CHECK: input.sql:[[@LINE-1]]:43: warning: column 'people.contact_email' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:82: warning: column 'people.home_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- INV-NOT: people.fax
-- INV: input.sql:[[@LINE-4]]:43: people.contact_email (varchar(40)): user.contact.email; plaintext; not exposed
-- INV: input.sql:[[@LINE-5]]:82: people.home_phone (varchar(30)): user.contact.phone_number; plaintext; not exposed

-- Positive: ADD COLUMN, ADD without COLUMN, ADD (a, b); reported at the new column.
ALTER TABLE `people` ADD COLUMN `email` varchar(255) NOT NULL AFTER `id`;
-- CHECK: input.sql:[[@LINE-1]]:33: warning: column 'people.email' stores contact data (email) in plaintext [plaintext-contact-field]
ALTER TABLE people ADD `phone` varchar(30) FIRST, ADD INDEX idx_phone (phone), ENGINE=InnoDB;
-- CHECK: input.sql:[[@LINE-1]]:24: warning: column 'people.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
ALTER TABLE people ADD (street_address varchar(100), postal_code varchar(10));
-- INV: input.sql:[[@LINE-1]]:25: people.street_address (varbinary(255)): user.contact.address.street; encrypted; not exposed
-- INV: input.sql:[[@LINE-2]]:54: people.postal_code (varchar(10)): user.contact.address.postal_code; encrypted; not exposed

-- Negative: MODIFY to a binary type (ciphertext), CHANGE with a marker in
-- the new COMMENT, DROP COLUMN.
ALTER TABLE people MODIFY COLUMN street_address VARBINARY(255);
ALTER TABLE people CHANGE `postal_code` `postal_code` varchar(10) COMMENT 'privlint:encrypted';
ALTER TABLE people DROP COLUMN fax, DROP INDEX idx_phone;

-- Positive: RENAME COLUMN to a contact name; CHANGE renames and retypes.
-- Both are reported at the column's first definition (as for PostgreSQL).
ALTER TABLE people RENAME COLUMN note TO contact_email;
ALTER TABLE people CHANGE nick home_phone varchar(30) NOT NULL;

-- Positive: MODIFY drops the comment, so the marker it held is gone.
CREATE TABLE `leads` (`id` int, `email` varchar(100) COMMENT 'privlint:encrypted');
ALTER TABLE leads MODIFY `email` varchar(120);
-- CHECK: input.sql:[[@LINE-2]]:33: warning: column 'leads.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- RENAME TO and RENAME TABLE: the finding names the table's current name.
CREATE TABLE a1 (id int, email varchar(100));
-- CHECK: input.sql:[[@LINE-1]]:26: warning: column 'a3.email' stores contact data (email) in plaintext [plaintext-contact-field]
ALTER TABLE a1 RENAME TO a2;
RENAME TABLE a2 TO a3, other TO other2;

-- Negative: a dropped table.
CREATE TABLE gone (id int, email varchar(100));
DROP TABLE IF EXISTS `gone`, `never_existed`;

-- CHECK: 6 findings (0 errors, 6 warnings, 0 notes)
