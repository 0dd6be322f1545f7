create table public.t (
  -- privlint-ignore plaintext-contact-field: stale, the column was renamed
  id int
);
