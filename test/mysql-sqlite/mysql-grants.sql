-- MySQL accounts and grants. MySQL has no row-level security: an account
-- that logs in without a password (the anonymous account ''@'%' or
-- ''@'localhost', CREATE USER without IDENTIFIED BY) and holds SELECT reads
-- every row. Database-level (db.*) and global (*.*) grants also cover tables
-- created later.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect mysql %t/input.sql 2>&1 | %check-all %s

USE shop;
CREATE TABLE customers (id int, email varchar(255));
-- CHECK: input.sql:[[#CUST:@LINE-1]]:33: warning: column 'shop.customers.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- Positive: a table grant to the anonymous account.
GRANT SELECT ON shop.customers TO ''@'%';
-- CHECK: input.sql:[[@LINE-1]]:1: error: account ''@'%' can read contact data 'shop.customers.email' without authentication [contact-exposed-without-auth]
-- CHECK-NEXT: {{^}}GRANT SELECT ON shop.customers TO ''@'%';{{$}}
-- CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}
-- CHECK-NEXT: input.sql:[[#CUST]]:33: note: 'shop.customers.email' is defined here

-- Positive: a database grant covers a table created after it.
CREATE USER 'kiosk'@'%';
GRANT SELECT, INSERT ON `crm`.* TO 'kiosk'@'%';
CREATE TABLE crm.leads (id int, phone varchar(30));
-- CHECK: input.sql:[[#LEADS:@LINE-1]]:14: error: account 'kiosk'@'%' can read contact data 'crm.leads.phone' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#LEADS]]:33: note: 'crm.leads.phone' is defined here
-- CHECK: input.sql:[[@LINE-4]]:1: note: GRANT SELECT, INSERT ON `crm`.* TO 'kiosk'@'%'{{$}}
-- CHECK: input.sql:[[#LEADS]]:33: warning: column 'crm.leads.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]

-- Positive: column-level SELECT, an account with an empty password, ALL PRIVILEGES.
CREATE TABLE shop.staff (id int, email varchar(255), work_phone varchar(30));
-- CHECK: input.sql:[[#STAFF:@LINE-1]]:34: warning: column 'shop.staff.email' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[#WPHONE:@LINE-2]]:54: warning: column 'shop.staff.work_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
CREATE USER IF NOT EXISTS 'guest'@'localhost' IDENTIFIED BY '';
GRANT SELECT (id, work_phone) ON shop.staff TO 'guest'@'localhost';
-- CHECK: input.sql:[[@LINE-1]]:1: error: account 'guest'@'localhost' can read contact data 'shop.staff.work_phone' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#WPHONE]]:54: note: 'shop.staff.work_phone' is defined here

-- Negative: accounts with a password, a socket-authenticated account, a
-- locked account, an account given a password later, a dropped account,
-- privileges other than SELECT, a revoked grant.
CREATE TABLE shop.members (id int, email varchar(255));
-- CHECK: input.sql:[[@LINE-1]]:36: warning: column 'shop.members.email' stores contact data (email) in plaintext [plaintext-contact-field]
CREATE USER 'app'@'%' IDENTIFIED BY 's3cret', 'ops'@'localhost' IDENTIFIED WITH auth_socket;
CREATE USER 'old'@'%' ACCOUNT LOCK;
CREATE USER 'later'@'%';
ALTER USER 'later'@'%' IDENTIFIED BY 'now-set';
CREATE USER 'temp'@'%';
DROP USER 'temp'@'%';
GRANT ALL PRIVILEGES ON shop.members TO 'app'@'%', 'ops'@'localhost', 'old'@'%', 'later'@'%', 'temp'@'%';
GRANT INSERT, UPDATE ON shop.members TO ''@'localhost';
GRANT SELECT ON shop.members TO ''@'%';
REVOKE SELECT ON shop.members FROM ''@'%';

-- CHECK: 8 findings (3 errors, 5 warnings, 0 notes)
