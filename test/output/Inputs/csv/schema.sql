CREATE TABLE public.customers (
  id bigint PRIMARY KEY,
  "email, primary" text,
  "phone ""mobile""" text,
  "home
address" text,
  "correo_electrónico" text,
  "=email" text,
  "</script>email" text,
  email_hash text,
  full_name text
);
GRANT SELECT ON public.customers TO anon;
