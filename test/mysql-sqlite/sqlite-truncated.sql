-- A truncated CREATE VIEW or CREATE INDEX in SQLite DDL is a parse-error, and
-- the statements after it are read (see mysql-truncated.sql).
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect sqlite %t/input.sql 2>&1 | %check-all %s

CREATE TABLE users (email TEXT);
-- CHECK: input.sql:[[@LINE-1]]:21: warning: column 'users.email' stores contact data (email) in plaintext [plaintext-contact-field]

CREATE VIEW v1 AS SELECT (email FROM users;
-- CHECK: input.sql:[[@LINE-1]]:43: error: syntax error at end of statement; expected ')' closing the '(' at [[@LINE-1]]:26; the statement was skipped [parse-error]

CREATE INDEX IF NOT EXISTS main.idx ON users (email;
-- CHECK: input.sql:[[@LINE-1]]:52: error: syntax error at end of statement; expected ')' closing the '(' at [[@LINE-1]]:46; the statement was skipped [parse-error]

-- Negative: a partial index with a WHERE clause.
CREATE INDEX idx_ok ON users (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE after_index (phone TEXT);
-- CHECK: input.sql:[[@LINE-1]]:27: warning: column 'after_index.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: 4 findings (2 errors, 2 warnings, 0 notes)
