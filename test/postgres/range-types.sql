-- Range types (daterange, tsrange, tstzrange) are time, as in Rails'
-- db/schema.rb: a range of times cannot hold an email or a phone number,
-- whatever the column's name. (They were unknown here, and so could.)
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check %t/input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --explain %t/input.sql | FileCheck --check-prefix=EXPLAIN %s

create table people (
  id int,
  -- Negative: time ranges named for contact data.
  email_window tstzrange,
  phone_hours tsrange,
  -- A range of dates still holds a date of birth (not a contact field).
  birth_date daterange,
  email text
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.people.email' stores contact data (email) in plaintext [plaintext-contact-field]
);

-- CHECK: 1 finding (0 errors, 1 warning, 0 notes)

-- EXPLAIN:      input.sql:11:3: public.people.email_window (tstzrange): no personal-data category;
-- EXPLAIN-NEXT:     no category: {{.*}}; rejected: type tstzrange (time) cannot hold email
-- EXPLAIN:      input.sql:12:3: public.people.phone_hours (tsrange): no personal-data category;
-- EXPLAIN-NEXT:     no category: {{.*}}; rejected: type tsrange (time) cannot hold phone number
-- EXPLAIN:      input.sql:14:3: public.people.birth_date (daterange): user.demographic.date_of_birth;
-- EXPLAIN:          category user.demographic.date_of_birth: type daterange (time) can hold date of birth
