-- Tokenizer edge cases: snake_case, camelCase, PascalCase, acronyms, digits,
-- kebab-case and spaces in quoted identifiers, accents, lowercase compounds.
-- Every contact classification of the file is matched; nothing else may be
-- reported as contact data.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: %privlint inventory %t/input.sql 2>&1 \
-- RUN:   | FileCheck --implicit-check-not=user.contact %s

create table public.accounts (
  id bigint primary key,
  "eMail" text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.eMail (text): user.contact.email;
  "EMailAddr" text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.EMailAddr (text): user.contact.email;
  "userEmail2" text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.userEmail2 (text): user.contact.email;
  "PhoneNumberE164" varchar(16),
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.PhoneNumberE164 (varchar(16)): user.contact.phone_number;
  phone_no varchar(20),
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.phone_no (varchar(20)): user.contact.phone_number;
  "E-Mail" text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.E-Mail (text): user.contact.email;
  "Home Address" text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.Home Address (text): user.contact.address;
  emailaddress text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.emailaddress (text): user.contact.email;
  "HTTPSCallbackURL" text,
  "ZIPCode" varchar(10),
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.ZIPCode (varchar(10)): user.contact.address.postal_code;
  addr_line_1 text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.addr_line_1 (text): user.contact.address;
  "AddressLine2" text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.AddressLine2 (text): user.contact.address;
  "teléfono" text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.teléfono (text): user.contact.phone_number;
  "dirección" text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.dirección (text): user.contact.address;
  "straße" text,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.straße (text): user.contact.address.street;
  "Postleitzahl" char(5),
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.Postleitzahl (char(5)): user.contact.address.postal_code;
  "EmailVerified" boolean,
  "emailCount" integer,
  "phoneConfirmedAt" timestamptz,
  "SMTPHost" text,
  "ipAddress" inet,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.ipAddress (inet): user.device.ip_address;
  "MACAddress" macaddr,
-- CHECK: input.sql:[[@LINE-1]]:3: public.accounts.MACAddress (macaddr): user.device.device_id;
  "mailBoxSize" integer
);
