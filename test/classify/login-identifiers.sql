-- A login identifier is most often an email address: `identifier` in a user
-- account or sign-in entity, bare or qualified as pending or new, and an
-- identifier named for a user or an invitation's party in any entity. An
-- identifier elsewhere (a platform's, a patient's record number), a token or
-- type about one, and an identity provider's subject id are not contact data.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: not %privlint check input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --explain input.sql | FileCheck --check-prefix=WHY %s

create table public.users (id bigint primary key, identifier text not null);
-- CHECK: input.sql:[[@LINE-1]]:51: warning: column 'public.users.identifier' stores contact data (email) in plaintext [plaintext-contact-field]
-- WHY: input.sql:[[@LINE-2]]:51: public.users.identifier (text): user.contact.email; plaintext
-- WHY-NEXT: category user.contact.email: 'identifier' in entity 'users' ('users') is what a person signs in with
-- WHY-NEXT: category user.contact.email: a login identifier is most often an email address

create table public.authentication_methods (
  id bigint primary key,
  user_id bigint references public.users (id),
  identifier text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.authentication_methods.identifier' stores contact data (email) in plaintext [plaintext-contact-field]
  pending_identifier text,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'public.authentication_methods.pending_identifier' stores contact data (email) in plaintext [plaintext-contact-field]
  identifier_change_token text
);

create table public.jobs (id bigint, user_identifier text, user_identifier_type text);
-- CHECK: input.sql:[[@LINE-1]]:38: warning: column 'public.jobs.user_identifier' stores contact data (email) in plaintext [plaintext-contact-field]
-- WHY: input.sql:[[@LINE-2]]:38: public.jobs.user_identifier (text): user.contact.email; plaintext
-- WHY-NEXT: category user.contact.email: 'user_identifier' names the login identifier of the user

create table public.shared_invitations (id bigint, inviter_identifier text, invitee_identifier text);
-- CHECK: input.sql:[[@LINE-1]]:52: warning: column 'public.shared_invitations.inviter_identifier' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:77: warning: column 'public.shared_invitations.invitee_identifier' stores contact data (email) in plaintext [plaintext-contact-field]

-- Not a login: a record's identifier, an external identity's subject id.
create table public.partner_platforms (id bigint, identifier text);
create table public.patients (id bigint, identifier text, device_identifier text);
create table public.sso_users (user_id bigint references public.users (id), identifier text);

-- CHECK: 6 findings (0 errors, 6 warnings, 0 notes)
