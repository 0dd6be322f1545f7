-- MySQL views: plain column references map to their base columns (a view
-- runs with its definer's rights by default); SQL SECURITY INVOKER views
-- expose only what the account can read in the base table; computed columns
-- are judged by their own names.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect mysql %t/input.sql 2>&1 | %check-all %s

CREATE TABLE users (id int, email varchar(255), phone varchar(30), nick varchar(30));
-- CHECK: input.sql:[[#EMAIL:@LINE-1]]:29: warning: column 'users.email' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[#PHONE:@LINE-2]]:49: warning: column 'users.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
CREATE USER ''@'%';

-- Positive: aliased and qualified references through joins.
CREATE OR REPLACE ALGORITHM=MERGE DEFINER=`admin`@`%` SQL SECURITY DEFINER VIEW v_people AS
  SELECT u.id AS ID, u.phone reach, CONCAT(u.nick, '!') AS shout
  FROM users AS u LEFT JOIN orders o ON o.user_id = u.id;
GRANT SELECT ON v_people TO ''@'%';
-- CHECK: input.sql:[[@LINE-1]]:1: error: account ''@'%' can read contact data 'users.phone' without authentication through view 'v_people' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#PHONE]]:49: note: 'users.phone' is defined here
-- CHECK: input.sql:[[@LINE-6]]:1: note: CREATE OR REPLACE ALGORITHM=MERGE DEFINER=`admin`@`%` SQL SECURITY DEFINER VIEW v_people AS ...

-- Positive: a view column list renames; a computed column with a contact name.
CREATE VIEW v_list (ident, contact) AS SELECT id, email FROM users;
CREATE VIEW v_calc AS SELECT id, LOWER(email) AS email_lower FROM users WHERE id > 0;
GRANT SELECT ON v_list TO ''@'%';
-- CHECK: input.sql:[[@LINE-1]]:1: error: account ''@'%' can read contact data 'users.email' without authentication through view 'v_list' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#EMAIL]]:29: note: 'users.email' is defined here
-- CHECK: input.sql:[[@LINE-5]]:1: note: CREATE VIEW v_list (ident, contact) AS SELECT id, email FROM users
GRANT SELECT ON v_calc TO ''@'%';
-- CHECK: input.sql:[[@LINE-1]]:1: error: account ''@'%' can read contact data 'v_calc.email_lower' without authentication through view 'v_calc' [contact-exposed-without-auth]
-- CHECK: input.sql:[[#CALC:@LINE-7]]:34: note: 'v_calc.email_lower' is defined here
-- CHECK: input.sql:[[#CALC]]:1: note: CREATE VIEW v_calc AS SELECT id, LOWER(email) AS email_lower FROM users WHERE id > 0

-- Negative: SQL SECURITY INVOKER, and the account cannot read the table; a
-- dropped view; a view never granted.
CREATE SQL SECURITY INVOKER VIEW v_inv AS SELECT * FROM users;
GRANT SELECT ON v_inv TO ''@'%';
CREATE VIEW v_gone AS SELECT email FROM users;
GRANT SELECT ON v_gone TO ''@'%';
DROP VIEW IF EXISTS v_gone;
CREATE VIEW v_private AS SELECT email FROM users;

-- CHECK: 5 findings (3 errors, 2 warnings, 0 notes)
