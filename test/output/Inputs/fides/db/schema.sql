CREATE TABLE public.members (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  "phone ""work""" text,
  street_address text,
  email_ciphertext bytea,
  display_name text
);
CREATE VIEW public.member_directory AS SELECT id, email FROM public.members;
GRANT SELECT ON public.member_directory TO anon;
CREATE TABLE public.stores (
  id bigint PRIMARY KEY,
  contact_email text
);
