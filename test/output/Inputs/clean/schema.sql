-- No personal data at all: nothing to report.
create table public.campaigns (
  id bigint primary key,
  title text not null,
  budget_cents bigint not null
);
grant select on public.campaigns to anon;
