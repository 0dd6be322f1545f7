-- MySQL global grants (*.*) cover every database, the tables that exist and
-- the ones created later; a REVOKE on a database (db.*) also applies to the
-- tables created after it. One finding per field and channel: the first
-- anonymous account that reads a field is named.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect mysql %t/input.sql 2>&1 | %check-all %s

CREATE TABLE shop.customers (id int, email varchar(255));
-- CHECK: input.sql:[[#CUST:@LINE-1]]:38: warning: column 'shop.customers.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- Negative: granted, then revoked at database level before the table exists.
CREATE USER ''@'localhost';
GRANT SELECT ON hr.* TO ''@'localhost';
REVOKE SELECT ON hr.* FROM ''@'localhost';
CREATE TABLE hr.applicants (id int, contact_email varchar(255));
-- CHECK: input.sql:[[#APPL:@LINE-1]]:37: warning: column 'hr.applicants.contact_email' stores contact data (email) in plaintext [plaintext-contact-field]

-- Positive: an account with a password plugin but no password; *.* reaches
-- the tables of every database named so far, and the grant is the newest
-- statement that made them readable.
CREATE USER 'report'@'%' IDENTIFIED WITH mysql_native_password;
GRANT SELECT ON *.* TO 'report'@'%';
-- CHECK: input.sql:[[@LINE-1]]:1: error: account 'report'@'%' can read contact data 'hr.applicants.contact_email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#APPL]]:37: note: 'hr.applicants.contact_email' is defined here
-- CHECK: input.sql:[[@LINE-3]]:1: error: account 'report'@'%' can read contact data 'shop.customers.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#CUST]]:38: note: 'shop.customers.email' is defined here

-- Positive: a table created later; its creation is the newest fact.
CREATE TABLE archive.people (id int, email varchar(255));
-- CHECK: input.sql:[[@LINE-1]]:14: error: account 'report'@'%' can read contact data 'archive.people.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE-2]]:38: note: 'archive.people.email' is defined here
-- CHECK: input.sql:[[@LINE-10]]:1: note: GRANT SELECT ON *.* TO 'report'@'%'{{$}}
-- CHECK: input.sql:[[@LINE-4]]:38: warning: column 'archive.people.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- Negative: the same field read by a second anonymous account is not
-- reported twice.
GRANT SELECT ON archive.people TO ''@'%';

-- CHECK: 6 findings (3 errors, 3 warnings, 0 notes)
