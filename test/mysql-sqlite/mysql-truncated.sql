-- Regression test (fixed): a truncated CREATE VIEW or CREATE INDEX was skipped
-- without a word, as if it were a statement the reader does not need. Both
-- define something, so a statement cut short (an unbalanced '(' or a query
-- that stops after a keyword) is a parse-error at the end of the statement;
-- the statements after it are still read.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect mysql %t/input.sql 2>&1 | %check-all %s

CREATE TABLE `users` (`email` varchar(255)) ENGINE=InnoDB;
-- CHECK: input.sql:[[@LINE-1]]:23: warning: column 'users.email' stores contact data (email) in plaintext [plaintext-contact-field]

CREATE VIEW `v1` AS SELECT (`email` FROM `users`;
-- CHECK: input.sql:[[@LINE-1]]:49: error: syntax error at end of statement; expected ')' closing the '(' at [[@LINE-1]]:28; the statement was skipped [parse-error]

CREATE TABLE `after_view` (`phone` varchar(20)) ENGINE=InnoDB;
-- CHECK: input.sql:[[@LINE-1]]:28: warning: column 'after_view.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]

CREATE UNIQUE INDEX `idx_email` ON `users` (`email`;
-- CHECK: input.sql:[[@LINE-1]]:52: error: syntax error at end of statement; expected ')' closing the '(' at [[@LINE-1]]:44; the statement was skipped [parse-error]

CREATE INDEX `idx_bad` ON;
-- CHECK: input.sql:[[@LINE-1]]:26: error: syntax error at end of statement; expected the indexed table [parse-error]

CREATE VIEW `v2` AS SELECT `email` FROM;
-- CHECK: input.sql:[[@LINE-1]]:40: error: syntax error at end of statement; expected the rest of the view's query; the view was skipped [parse-error]

-- Negative: complete statements of both kinds.
CREATE INDEX `idx_ok` USING BTREE ON `users` (`email`(10), (lower(`email`)));
CREATE VIEW `v3` AS SELECT `email` FROM `users` WHERE (`email` LIKE '%@x');

CREATE TABLE `after_index` (`email` varchar(255)) ENGINE=InnoDB;
-- CHECK: input.sql:[[@LINE-1]]:29: warning: column 'after_index.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- The last statement of the file, cut short without ';'.
CREATE VIEW `v4` AS SELECT (`email`
-- CHECK: input.sql:[[@LINE-1]]:36: error: syntax error at end of statement; expected ')' closing the '(' at [[@LINE-1]]:28; the statement was skipped [parse-error]
-- CHECK: 8 findings (5 errors, 3 warnings, 0 notes)
