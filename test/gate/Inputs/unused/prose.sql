create table public.notes (
  id bigint primary key,
  -- we could privlint-ignore this later
  body text
);
-- privlint-ignores, privlint-ignore) and privlint-ignored are not directives
