ALTER TABLE `users` DROP COLUMN `recovery_email`;
