-- privlint-ignore-file contact-exposed-without-auth: nothing here is granted to anon
create table public.users (
  id bigint primary key,
  -- privlint-ignore plaintext-contact-field: hashed by the application
  email_hash bytea not null,
  email text, -- privlint-ignore plaintext-contact-field: encrypted by the app
  phone text, -- privlint-ignore plaintext-contact-feild: typo, suppresses nothing
  -- privlint-ignore parse-error
  mobile text,
  -- privlint-ignore
  nickname text,
  -- privlint-ignore: no rule list, only a reason (every rule on the next line)
  fax text
);
