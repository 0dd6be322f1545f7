-- A dump that creates its tables unqualified (no USE, no header naming a
-- database), then grants on db.table and db.*: the grants reach those
-- tables, since the file names no other database (contacts.email is reported
-- once, for the first account that reads it). A file that names another
-- database (Inputs/two-databases/dump.sql) keeps the qualifier: its grant on
-- crm.contacts reaches nothing.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect mysql %t/input.sql 2>&1 | %check-all %s
-- RUN: cd %S/Inputs/two-databases && not %privlint check --dialect mysql dump.sql 2>&1 | %check-all --check-prefix=TWO %s

CREATE TABLE `contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
-- CHECK: input.sql:[[#EMAIL:@LINE-3]]:3: warning: column 'contacts.email' stores contact data (email) in plaintext [plaintext-contact-field]
CREATE TABLE `leads` (`id` int, `phone` varchar(30)) ENGINE=InnoDB;
-- CHECK: input.sql:[[#PHONE:@LINE-1]]:33: warning: column 'leads.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]

GRANT SELECT ON crm.contacts TO ''@'%';
-- CHECK: input.sql:[[@LINE-1]]:1: error: account ''@'%' can read contact data 'contacts.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:3: note: 'contacts.email' is defined here

CREATE USER 'kiosk'@'%';
GRANT SELECT ON `crm`.* TO 'kiosk'@'%';
-- CHECK: input.sql:[[@LINE-1]]:1: error: account 'kiosk'@'%' can read contact data 'leads.phone' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#PHONE]]:33: note: 'leads.phone' is defined here

-- TWO: dump.sql:4:32: warning: column 'contacts.email' stores contact data (email) in plaintext [plaintext-contact-field]
-- TWO: dump.sql:5:35: warning: column 'shop.orders.contact_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- TWO: 2 findings (0 errors, 2 warnings, 0 notes)
