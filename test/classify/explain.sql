-- `privlint inventory --explain`: every verdict carries its evidence (the
-- tokens and the pattern they matched, the type that allowed it, the entity
-- context, whose data it is), in the text output and in the JSON inventory.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: %privlint inventory --explain input.sql 2>&1 | FileCheck --match-full-lines %s
-- RUN: %privlint inventory --explain --format json input.sql | FileCheck --check-prefix=JSON %s

create table public.patients (
  id bigint primary key,
  "mobilePhoneNo" varchar(20),
  alamat_rumah text,
  state char(2)
);
create table public.deployments (id bigint primary key, state text);

-- CHECK:      input.sql:10:3: public.patients.mobilePhoneNo (varchar(20)): user.contact.phone_number; plaintext; not exposed
-- CHECK-NEXT:     category user.contact.phone_number: name tokens 'mobile phone no' match pattern 'mobile phone' of user.contact.phone_number
-- CHECK-NEXT:     category user.contact.phone_number: type varchar(20) (text) can hold phone number
-- CHECK-NEXT:     category user.contact.phone_number: entity 'patients' describes people
-- CHECK-NEXT:     subject person: entity 'patients' describes people ('patients')
-- CHECK-NEXT: input.sql:11:3: public.patients.alamat_rumah (text): user.contact.address; plaintext; not exposed
-- CHECK-NEXT:     category user.contact.address: name tokens 'alamat rumah' match pattern 'alamat rumah' of user.contact.address
-- CHECK-NEXT:     category user.contact.address: type text (text) can hold postal address
-- CHECK-NEXT:     category user.contact.address: entity 'patients' describes people
-- CHECK-NEXT:     subject person: entity 'patients' describes people ('patients')
-- CHECK-NEXT: input.sql:12:3: public.patients.state (char(2)): user.contact.address.state; plaintext; not exposed
-- CHECK-NEXT:     category user.contact.address.state: name tokens 'state' match pattern 'state' of user.contact.address.state
-- CHECK-NEXT:     category user.contact.address.state: type char(2) (text) can hold state or province
-- CHECK-NEXT:     category user.contact.address.state: entity 'patients' describes people
-- CHECK-NEXT:     subject person: entity 'patients' describes people ('patients')
-- A name that matched a pattern and was turned down says why.
-- CHECK-NEXT: input.sql:14:57: public.deployments.state (text): no personal-data category; plaintext; not exposed
-- CHECK-NEXT:     no category: name tokens 'state' match pattern 'state' of user.contact.address.state; rejected: 'state' in workflow entity 'deployments' ('deployments') is the state of the workflow

-- JSON:      "entity": "public.patients",
-- JSON-NEXT: "entity_kind": "table",
-- JSON-NEXT: "table": {{.*}},
-- JSON-NEXT: "field": "mobilePhoneNo",
-- JSON:      "subject": "person",
-- JSON-NEXT: "subject_evidence": [
-- JSON-NEXT:   "entity 'patients' describes people ('patients')"
-- JSON-NEXT: ],
-- JSON-NEXT: "classification": [
-- JSON-NEXT:   {
-- JSON-NEXT:     "category": "user.contact.phone_number",
-- JSON-NEXT:     "strong": false,
-- JSON-NEXT:     "evidence": [
-- JSON-NEXT:       "name tokens 'mobile phone no' match pattern 'mobile phone' of user.contact.phone_number",
-- JSON-NEXT:       "type varchar(20) (text) can hold phone number",
-- JSON-NEXT:       "entity 'patients' describes people"
-- JSON-NEXT:     ]
-- JSON:      "field": "alamat_rumah",
-- JSON:      "field": "state",
-- JSON-NOT:  "deployments"
