-- parse-error in MySQL DDL: a statement of a kind the reader needs that it
-- cannot read is reported at the exact line and column, and reading resumes
-- at the next statement; in CREATE TABLE the readable columns are kept.
-- Statements of other kinds are skipped without a word.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect mysql %t/input.sql 2>&1 | %check-all %s

-- Positive: no table name.
CREATE TABLE (id int);
-- CHECK: input.sql:[[@LINE-1]]:14: error: syntax error at or near "("; expected a table name [parse-error]
-- CHECK-NEXT: {{^}}CREATE TABLE (id int);{{$}}
-- CHECK-NEXT: {{^}}             ^{{$}}

-- Positive: an empty column definition; the other columns are read.
CREATE TABLE t1 (id int, , email varchar(10));
-- CHECK: input.sql:[[@LINE-1]]:26: error: syntax error at or near ","; expected a column definition [parse-error]
-- CHECK: input.sql:[[@LINE-2]]:28: warning: column 't1.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- Positive: the column list is not closed; its columns are read.
CREATE TABLE t2 (id int, phone varchar(10)
;
-- CHECK: input.sql:[[@LINE-2]]:26: warning: column 't2.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-3]]:43: error: syntax error at end of statement; expected ')' closing the column list of 't2'; the columns before this point were read [parse-error]

-- Positive: ALTER TABLE forms without their operands.
ALTER TABLE t2 ADD COLUMN;
-- CHECK: input.sql:[[@LINE-1]]:26: error: syntax error at end of statement; expected a column definition [parse-error]
ALTER TABLE t2 RENAME COLUMN phone mobile;
-- CHECK: input.sql:[[@LINE-1]]:36: error: syntax error at or near "mobile"; expected TO and the new column name [parse-error]
RENAME TABLE t2;
-- CHECK: input.sql:[[@LINE-1]]:16: error: syntax error at end of statement; expected TO and the new table name [parse-error]
USE;
-- CHECK: input.sql:[[@LINE-1]]:4: error: syntax error at end of statement; expected a database name [parse-error]
-- After "shop." a keyword is a table name, as in MySQL: the accounts are missing.
GRANT SELECT ON shop. TO ''@'%';
-- CHECK: input.sql:[[@LINE-1]]:26: error: syntax error at or near "''"; expected TO and the accounts [parse-error]
GRANT SELECT ON shop.( TO ''@'%';
-- CHECK: input.sql:[[@LINE-1]]:22: error: syntax error at or near "("; expected a table name or '*' after 'shop.' [parse-error]

-- Negative: statement kinds the reader does not need, misspelt or not.
CREATE TABEL t3 (id int, email text);
FOO BAR BAZ;
SELECT email FROM t1;
(NULL);

-- The next statement is still read.
CREATE TABLE t4 (id int, fax varchar(20));
-- CHECK: input.sql:[[@LINE-1]]:26: warning: column 't4.fax' stores contact data (fax number) in plaintext [plaintext-contact-field]

-- Positive: an unterminated string: nothing after it can be read.
INSERT INTO t4 VALUES (1, 'abc);
-- CHECK: input.sql:[[@LINE-1]]:27: error: unterminated string literal; nothing after this point could be read [parse-error]
CREATE TABLE t5 (id int, email varchar(10));
-- CHECK: 13 findings (10 errors, 3 warnings, 0 notes)
