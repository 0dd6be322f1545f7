-- The right channel for a message's recipient or sender (`to`, `from`,
-- `recipient`, a bare `address`): the field's type and words, then the
-- channel the entity names (an SMS, WhatsApp or voice table, a provider such
-- as Twilio, holds phone numbers), else an email address.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql && cd %t
-- RUN: not %privlint check input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --explain input.sql | FileCheck --check-prefix=WHY %s

create table public.sms_messages (id bigint primary key, "to" text, "from" text, body text);
-- CHECK: input.sql:[[@LINE-1]]:58: warning: column 'public.sms_messages.to' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:69: warning: column 'public.sms_messages.from' stores contact data (phone number) in plaintext [plaintext-contact-field]
create table public.whatsapp_messages (id bigint primary key, recipient text);
-- CHECK: input.sql:[[@LINE-1]]:63: warning: column 'public.whatsapp_messages.recipient' stores contact data (phone number) in plaintext [plaintext-contact-field]
create table public.twilio_messages (id bigint primary key, "to" text);
-- CHECK: input.sql:[[@LINE-1]]:61: warning: column 'public.twilio_messages.to' stores contact data (phone number) in plaintext [plaintext-contact-field]
create table public.outbound_emails (id bigint primary key, "to" text, from_address text, reply_to text);
-- CHECK: input.sql:[[@LINE-1]]:61: warning: column 'public.outbound_emails.to' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:72: warning: column 'public.outbound_emails.from_address' stores contact data (email) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-3]]:91: warning: column 'public.outbound_emails.reply_to' stores contact data (email) in plaintext [plaintext-contact-field]
create table public.notifications (id bigint primary key, "to" varchar(15), to_number text, address text);
-- CHECK: input.sql:[[@LINE-1]]:59: warning: column 'public.notifications.to' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:77: warning: column 'public.notifications.to_number' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-3]]:93: warning: column 'public.notifications.address' stores contact data (email) in plaintext [plaintext-contact-field]
create table public.messages (id bigint primary key, "to" bigint, recipient_address text);
-- CHECK: input.sql:[[@LINE-1]]:54: warning: column 'public.messages.to' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- CHECK: input.sql:[[@LINE-2]]:67: warning: column 'public.messages.recipient_address' stores contact data (email) in plaintext [plaintext-contact-field]

-- CHECK: 12 findings (0 errors, 12 warnings, 0 notes)

-- WHY:      input.sql:{{[0-9]+}}:{{[0-9]+}}: public.sms_messages.to (text): user.contact.phone_number;
-- WHY-NEXT:     category user.contact.phone_number: 'to' names a party of message entity 'sms_messages' ('sms')
-- WHY-NEXT:     category user.contact.phone_number: entity 'sms_messages' names a phone channel ('sms'): phone number
-- WHY:      public.twilio_messages.to (text): user.contact.phone_number;
-- WHY:          category user.contact.phone_number: entity 'twilio_messages' names a phone channel ('twilio'): phone number
-- WHY:      public.outbound_emails.to (text): user.contact.email;
-- WHY:          category user.contact.email: entity 'outbound_emails' names an email channel ('emails'): email
-- WHY:      public.notifications.to (varchar(15)): user.contact.phone_number;
-- WHY:          category user.contact.phone_number: type varchar(15) is too short for an email address: phone number
-- WHY:      public.messages.to (bigint): user.contact.phone_number;
-- WHY:          category user.contact.phone_number: type bigint holds a number, not an email address: phone number
