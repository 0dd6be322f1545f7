-- Regression test (was an expected failure before the fix).
-- Regression test (fixed): a marker in a COMMENT ON COLUMN still counts after a later COMMENT ON COLUMN replaced or removed the comment.
-- COMMENT ON replaces a column's comment (IS NULL removes it), so only the
-- current comment can carry a marker.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

create table public.people (
  id int,
  a_email text,
-- CHECK: input.sql:[[#A:@LINE-1]]:3: warning: column 'public.people.a_email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
  b_email text,
-- CHECK: input.sql:[[#B:@LINE-1]]:3: warning: column 'public.people.b_email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
  c_email text
);
comment on column public.people.a_email is 'privlint:encrypted';
comment on column public.people.a_email is 'the address we write to';
comment on column public.people.b_email is 'privlint:encrypted';
comment on column public.people.b_email is null;
-- Negative: the marker that is still in place counts.
comment on column public.people.c_email is 'first version';
comment on column public.people.c_email is 'privlint:encrypted';

grant select on public.people to anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.people.a_email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#A]]:3: note: 'public.people.a_email' is defined here
-- CHECK: input.sql:[[@LINE-3]]:1: error: role 'anon' can read contact data 'public.people.b_email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#B]]:3: note: 'public.people.b_email' is defined here

-- CHECK: 4 findings (2 errors, 2 warnings, 0 notes)
