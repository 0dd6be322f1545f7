-- SQLite DDL: [bracket], "double-quoted" and `backquoted` names, declared
-- types of any spelling (NVARCHAR(60), VARYING CHARACTER, no type at all),
-- ALTER TABLE ADD / RENAME / DROP COLUMN and RENAME TO, views, triggers whose
-- bodies hold ';', PRAGMA and INSERT data (no backslash escapes in SQLite).
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect sqlite %t/input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --dialect sqlite %t/input.sql 2>&1 | FileCheck --check-prefix=INV %s

PRAGMA foreign_keys = ON;
BEGIN TRANSACTION;

CREATE TABLE IF NOT EXISTS [Customer]
(
    [CustomerId] INTEGER PRIMARY KEY AUTOINCREMENT,
    [Email] NVARCHAR(60) NOT NULL,
-- CHECK: input.sql:[[@LINE-1]]:5: warning: column 'Customer.Email' stores contact data (email) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:5: Customer.Email (nvarchar(60)): user.contact.email; plaintext; not exposed
    "Phone" VARYING CHARACTER(24),
-- CHECK: input.sql:[[@LINE-1]]:5: warning: column 'Customer.Phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:5: Customer.Phone (varying character(24)): user.contact.phone_number; plaintext; not exposed
    `Fax`,
-- CHECK: input.sql:[[@LINE-1]]:5: warning: column 'Customer.Fax' stores contact data (fax number) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:5: Customer.Fax (?): user.contact.fax_number; plaintext; not exposed
    key TEXT,
    AddressBlob BLOB,
-- INV: input.sql:[[@LINE-1]]:5: Customer.AddressBlob (blob): user.contact.address; encrypted; not exposed
    [SupportRepId] INTEGER,
    FOREIGN KEY ([SupportRepId]) REFERENCES [Employee] ([EmployeeId]) ON DELETE NO ACTION
) WITHOUT ROWID;

INSERT INTO [Customer] VALUES (1, 'a\', '555'); INSERT INTO "Customer" VALUES (2, 'it''s; -- not a comment', NULL);
CREATE INDEX [IFK_CustomerSupportRepId] ON [Customer] ([SupportRepId]);

-- Triggers: the body's ';' do not end the statement.
CREATE TRIGGER trg AFTER INSERT ON Customer BEGIN
  UPDATE Customer SET Fax = NULL WHERE CustomerId = NEW.CustomerId;
  SELECT CASE WHEN NEW.Fax IS NULL THEN 1 ELSE 0 END;
  CREATE TABLE not_a_table (email text);
END;

-- ALTER TABLE: ADD COLUMN (untyped too), RENAME COLUMN, DROP COLUMN, RENAME TO.
CREATE TABLE main.staff (id INTEGER, note TEXT, pager TEXT);
-- CHECK: input.sql:[[@LINE-1]]:38: warning: column 'employees.home_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
ALTER TABLE staff ADD COLUMN work_email;
-- CHECK: input.sql:[[@LINE-1]]:30: warning: column 'employees.work_email' stores contact data (email) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:30: employees.work_email (?): user.contact.email; plaintext; not exposed
ALTER TABLE staff RENAME COLUMN note TO home_phone;
ALTER TABLE staff DROP COLUMN pager;
ALTER TABLE staff RENAME TO employees;

-- Views map plain column references.
CREATE VIEW IF NOT EXISTS [CustomerContacts] AS SELECT c.[Email], c.Phone AS "Reach" FROM [Customer] c;
-- INV: input.sql:[[@LINE-1]]:56: CustomerContacts.Email (nvarchar(60)): user.contact.email; plaintext; not exposed

-- Negative: temporary and virtual tables; a marker in a comment line above.
CREATE TEMP TABLE scratch (email TEXT);
CREATE VIRTUAL TABLE docs USING fts5(email, body);
CREATE TABLE vault (
  -- privlint:encrypted
  email TEXT
);
-- INV: input.sql:[[@LINE-2]]:3: vault.email (text): user.contact.email; encrypted; not exposed
COMMIT;

-- CHECK: 5 findings (0 errors, 5 warnings, 0 notes)
