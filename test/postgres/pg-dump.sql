--
-- PostgreSQL database dump: SET, set_config, COPY ... FROM stdin data and psql
-- meta-commands are read without findings; the statements around them are
-- still checked.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s
--

\restrict Xq3pYkz0ZgkIuLcQnlmFVQzbbb0yLGmh

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET default_tablespace = '';
SET default_table_access_method = heap;

CREATE TABLE public.customer (
    customer_id integer NOT NULL,
    email text,
-- CHECK: input.sql:[[@LINE-1]]:5: warning: column 'public.customer.email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
    note text
);

ALTER TABLE public.customer OWNER TO postgres;

--
-- Data for Name: customer; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customer (customer_id, email, note) FROM stdin;
1	mary@example.com	x; grant select on public.customer to anon; -- not SQL
2	\N	it's; $$ unbalanced
3	a@b.c	\\.	
\.

\connect postgres

CREATE TABLE public.staff (
    staff_id integer NOT NULL,
    staff_email text
-- CHECK: input.sql:[[#STAFF:@LINE-1]]:5: warning: column 'public.staff.staff_email' stores contact data ({{.*}}) in plaintext [plaintext-contact-field]
);
COPY public.staff (staff_id, staff_email) FROM stdin;
\.
GRANT SELECT ON TABLE public.staff TO anon;
-- CHECK: input.sql:[[@LINE-1]]:1: error: role 'anon' can read contact data 'public.staff.staff_email' without authentication [contact-exposed-without-auth]
-- CHECK: input.sql:[[#STAFF]]:5: note: 'public.staff.staff_email' is defined here

\unrestrict Xq3pYkz0ZgkIuLcQnlmFVQzbbb0yLGmh

--
-- PostgreSQL database dump complete
--

-- CHECK: 3 findings (1 error, 2 warnings, 0 notes)
