-- Regression test (fixed): after an unbalanced '(' the statements that follow
-- vanished without a word (exit 0 possible): libpg_query's split does not end
-- a statement at a ';' inside parentheses, and leaves out a last statement it
-- thinks unfinished. Reading now resumes at the next statement. A rejected
-- statement that defines, alters or grants something is a parse-error where
-- the parser stopped; a rejected data statement (SELECT, INSERT, ...) is
-- skipped without one, and never takes the statements after it along.
-- Minimal reproducer:
--   printf 'SELECT (;\nCREATE TABLE b (phone text);\n' > t.sql
--   privlint check t.sql   # nothing, exit 0
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect postgres %t/input.sql 2>&1 | %check-all %s

create table public.before_t (email text);
-- CHECK: input.sql:[[@LINE-1]]:31: warning: column 'public.before_t.email' stores contact data (email) in plaintext [plaintext-contact-field]

-- A data statement cut short: skipped, no parse-error.
SELECT (;

create table public.after_select (phone text);
-- CHECK: input.sql:[[@LINE-1]]:35: warning: column 'public.after_select.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]

insert into public.after_select values ((1;

-- A truncated CREATE TABLE: a parse-error at the ';' where the parser stopped.
create table public.truncated (
  email text,
  name text
;
-- CHECK: input.sql:[[@LINE-1]]:1: error: syntax error at or near ";" [parse-error]

create table public.after_table (email text);
-- CHECK: input.sql:[[@LINE-1]]:34: warning: column 'public.after_table.email' stores contact data (email) in plaintext [plaintext-contact-field]
grant select on public.after_table to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.after_table.email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[@LINE-4]]:34: note: 'public.after_table.email' is defined here

-- A truncated GRANT is a parse-error too.
grant select on (public.after_table to anon;
-- CHECK: input.sql:[[@LINE-1]]:17: error: syntax error at or near "(" [parse-error]

-- The last statement of the file, unfinished and without ';'.
create table public.last_t (phone text
-- CHECK: input.sql:[[@LINE+1]]:1: error: syntax error at end of input [parse-error]
