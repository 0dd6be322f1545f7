-- MySQL CREATE TABLE: backquoted names, MySQL types, column attributes,
-- keys and table options are read; contact columns in plaintext are reported
-- at their name. VARBINARY/BLOB columns hold ciphertext (AES_ENCRYPT returns
-- binary), and a marker in an inline COMMENT is read.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect mysql %t/input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --dialect mysql %t/input.sql 2>&1 | FileCheck --check-prefix=INV %s

CREATE TABLE IF NOT EXISTS `customers` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Identifier',
  `email` varchar(255) NOT NULL DEFAULT '' COMMENT 'login, unique',
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'customers.email' stores contact data (email) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:3: customers.email (varchar(255)): user.contact.email; plaintext; not exposed
  `phone` NVARCHAR(60) DEFAULT NULL,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'customers.phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:3: customers.phone (nvarchar(60)): user.contact.phone_number; plaintext; not exposed
  `fax` char(20) CHARACTER SET latin1 COLLATE latin1_bin,
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'customers.fax' stores contact data (fax number) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:3: customers.fax (char(20)): user.contact.fax_number; plaintext; not exposed
  mobile_phone national varchar(30),
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'customers.mobile_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]
-- INV: input.sql:[[@LINE-2]]:3: customers.mobile_phone (national varchar(30)): user.contact.phone_number; plaintext; not exposed
  `last_update` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_email` (`email`),
  KEY `idx_phone` (`phone`(10)),
  FULLTEXT KEY `ft` (`email`, `phone`),
  CONSTRAINT `chk` CHECK (`id` > 0)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC COMMENT='Customers; not an email';

-- Negative: binary storage (ciphertext), a marker in the inline COMMENT,
-- not-personal, an ENUM, a foreign key that holds an id.
CREATE TABLE `vault` (
  `id` bigint NOT NULL,
  `email` VARBINARY(255),
-- INV: input.sql:[[@LINE-1]]:3: vault.email (varbinary(255)): user.contact.email; encrypted; not exposed
  `phone` BLOB,
-- INV: input.sql:[[@LINE-1]]:3: vault.phone (blob): user.contact.phone_number; encrypted; not exposed
  `home_address` mediumblob,
-- INV: input.sql:[[@LINE-1]]:3: vault.home_address (mediumblob): user.contact.address; encrypted; not exposed
  `backup_email` varchar(255) COMMENT 'AES-256-GCM by the app. privlint:encrypted',
-- INV: input.sql:[[@LINE-1]]:3: vault.backup_email (varchar(255)): user.contact.email; encrypted; not exposed
-- INV-NOT: vault.support_email
-- INV-NOT: vault.contact_method
-- INV-NOT: vault.owner_id
  `support_email` varchar(255) COMMENT "shared mailbox. privlint:not-personal",
  `contact_method` ENUM('email','phone','post') NOT NULL DEFAULT 'email',
  `channels` SET('email','sms'),
  `owner_id` int REFERENCES customers (id),
  PRIMARY KEY (`id`)
);

-- Positive: a hashed marker is not plaintext (no finding); a category marker
-- makes a neutral name contact data; the COMMENT keyword inside a CHECK is
-- not the column's comment.
CREATE TABLE notes (
  id INT,
  email_sha varchar(64) COMMENT 'privlint:hashed',
-- INV: input.sql:[[@LINE-1]]:3: notes.email_sha (varchar(64)): user.contact.email; hashed; not exposed
  memo text COMMENT 'privlint:category=user.contact.phone_number',
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'notes.memo' stores contact data (phone number) in plaintext [plaintext-contact-field]
  recipient_email varchar(100) CHECK (recipient_email <> 'privlint:encrypted')
-- CHECK: input.sql:[[@LINE-1]]:3: warning: column 'notes.recipient_email' stores contact data (email) in plaintext [plaintext-contact-field]
);

-- CHECK: 6 findings (0 errors, 6 warnings, 0 notes)
