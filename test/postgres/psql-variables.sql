-- A psql script that sets variables (\set) and uses them (:name, :'name',
-- :"name") is PostgreSQL: the backquotes of a shell command in a \set line
-- are no MySQL identifier quoting, and each use parses as a name, a string
-- or a quoted name, so nothing after it is lost. `::` casts and array
-- slices are not variables.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

\set read_user `echo "$APP_READ_USER"`
\set read_password `echo "$APP_READ_PASSWORD"`

CREATE USER :read_user WITH PASSWORD :'read_password';
GRANT USAGE ON SCHEMA public TO :"read_user";

CREATE TABLE public.subscribers (
  id bigint PRIMARY KEY,
  email text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.subscribers.email' stores contact data (email) in plaintext [plaintext-contact-field]
  tags text[] DEFAULT '{}'::text[]
);
CREATE VIEW public.first_tags AS SELECT id, tags[1:2] AS first FROM public.subscribers;
GRANT SELECT ON public.subscribers TO :read_user;

-- CHECK: 1 finding (0 errors, 1 warning, 0 notes)
