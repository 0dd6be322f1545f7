-- données personnelles : la table « café »
create table public."café" (
  "é_email" text, -- privlint-ignore parse-error
  id int
);
grant select on public."café"
  to anon;
