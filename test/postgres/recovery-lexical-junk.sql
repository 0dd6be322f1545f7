-- Regression test (fixed): a lexical error inside one token made libpg_query's
-- split fail for the whole file, and nothing after it was read. PostgreSQL 15
-- rejects `5€` ("trailing junk after numeric literal"; its message also cut
-- the euro sign in two, see test/robustness/utf8-sql-names.test). The file is
-- now split at its ';' instead: the statement holding the error is reported
-- (in a CREATE TABLE, the other columns are kept) and reading resumes at the
-- next statement.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect postgres %t/input.sql 2>&1 | %check-all %s

create table public.prices (amount int default 5€, email text);
-- CHECK: input.sql:[[@LINE-1]]:48: error: trailing junk after numeric literal at or near "5�"; this column definition was skipped and the table's other columns were read (it may be PostgreSQL syntax newer than the bundled parser, PostgreSQL 15.1) [parse-error]
-- CHECK: input.sql:[[@LINE-2]]:54: warning: column 'public.prices.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- A data statement with the same error: skipped without a parse-error.
insert into public.prices values (5€, 'a@b.c');

create table public.after_junk (phone text);
-- CHECK: input.sql:[[@LINE-1]]:33: warning: column 'public.after_junk.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: 3 findings (1 error, 2 warnings, 0 notes)
