-- DDL inside a PL/pgSQL DO block is replayed as if the block ran: a table
-- created only IF NOT EXISTS (a Supabase wrapper's foreign table, as in
-- Quivr's migrations) may exist, so its columns are checked. Only a
-- dollar-quoted PL/pgSQL body is read; EXECUTE's dynamic SQL is a string,
-- and other languages are not SQL.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = 'customers') THEN
    CREATE FOREIGN TABLE public.customers (
      id text,
      email text,
-- CHECK: input.sql:[[@LINE-1]]:7: warning: column 'public.customers.email' stores contact data (email) in plaintext [plaintext-contact-field]
      name text
    ) server stripe_server options (object 'customers');
  ELSE
    ALTER TABLE public.customers ADD COLUMN phone text;
-- CHECK: input.sql:[[@LINE-1]]:45: warning: column 'public.customers.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
  END IF;
  EXECUTE 'CREATE TABLE public.hidden_users (email text)';
  PERFORM 1;
END
$$;

DO $body$ BEGIN CREATE TABLE public.members (mobile text); END $body$ LANGUAGE plpgsql;
-- CHECK: input.sql:[[@LINE-1]]:46: warning: column 'public.members.mobile' stores contact data (phone number) in plaintext [plaintext-contact-field]
DO LANGUAGE plpython3u $$ plpy.execute("CREATE TABLE public.py_users (email text)") $$;

-- A later DO block's DROP is replayed too: the last state is what is
-- reported, and contacts_import is gone.
DO $$ BEGIN CREATE TABLE public.contacts_import (email text); END $$;
DO $$ BEGIN DROP TABLE IF EXISTS public.contacts_import; END $$;
-- CHECK: 3 findings (0 errors, 3 warnings, 0 notes)
