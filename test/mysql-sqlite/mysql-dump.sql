-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- mysqldump output: the header names the database (no USE), conditional
-- comments hold SQL, LOCK TABLES / INSERT data blocks (with ';', quotes,
-- backslashes and comment-like text inside strings) are skipped, and
-- DELIMITER blocks with triggers and procedures do not derail the reader.
-- RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.sql
-- RUN: not %privlint check --dialect mysql %t/input.sql 2>&1 | %check-all %s
-- RUN: %privlint inventory --dialect mysql %t/input.sql 2>&1 | FileCheck --check-prefix=INV --implicit-check-not=input.sql %s

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

DROP TABLE IF EXISTS `users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  # privlint:encrypted (a '#' comment line above the column)
  `email` varchar(255) DEFAULT NULL,
-- INV: input.sql:[[@LINE-1]]:3: shop.users.email (varchar(255)): user.contact.email; encrypted; not exposed
  `phone` varchar(32) DEFAULT NULL, -- privlint:hashed
-- INV: input.sql:[[@LINE-1]]:3: shop.users.phone (varchar(32)): user.contact.phone_number; hashed; not exposed
-- INV-NOT: desk_phone
  /* privlint:not-personal: the front desk */
  `desk_phone` varchar(32),
  `mobile` varchar(32) DEFAULT '--not a comment',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
-- INV: input.sql:[[@LINE-3]]:3: shop.users.mobile (varchar(32)): user.contact.phone_number; plaintext; not exposed
-- CHECK: input.sql:[[@LINE-4]]:3: warning: column 'shop.users.mobile' stores contact data (phone number) in plaintext [plaintext-contact-field]
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `users` WRITE;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
INSERT INTO `users` VALUES (1,'a\'; CREATE TABLE x (email text); --','b\\','c"d'),(2,'#x','/* y','*/;');
/*!40000 ALTER TABLE `users` ENABLE KEYS */;
UNLOCK TABLES;

-- Temporary view structure, then the view (mysqldump 8).
/*!50001 DROP VIEW IF EXISTS `user_contacts`*/;
/*!50001 CREATE VIEW `user_contacts` AS SELECT 1 AS `id`, 1 AS `mobile` */;
/*!50001 DROP VIEW IF EXISTS `user_contacts`*/;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */
/*!50001 VIEW `user_contacts` AS select `users`.`id` AS `id`,`users`.`mobile` AS `mobile` from `users` */;
-- INV: input.sql:[[@LINE-1]]:62: shop.user_contacts.mobile (varchar(32)): user.contact.phone_number; plaintext; not exposed
-- INV-NOT: not_a_table
-- INV-NOT: nope

DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `users_bi` BEFORE INSERT ON `users` FOR EACH ROW BEGIN
  IF NEW.mobile = '' THEN SET NEW.mobile = NULL; END IF;
  CREATE TABLE not_a_table (email text);
END */;;
DELIMITER ;

DELIMITER $$
CREATE PROCEDURE purge_users()
BEGIN
  DELETE FROM users WHERE id < 0;
  SELECT 'CREATE TABLE nope (email text);';
END $$
DELIMITER ;

-- Without DELIMITER: BEGIN ... END nesting keeps the body in one statement.
CREATE TRIGGER users_bu BEFORE UPDATE ON users FOR EACH ROW
BEGIN
  CASE WHEN NEW.id > 0 THEN SET NEW.mobile = NEW.mobile; ELSE BEGIN END; END CASE;
  SET NEW.phone = NEW.phone;
END;

-- Read after all of the above.
CREATE TABLE `orders` (`id` int, `billing_email` varchar(255)) ENGINE=InnoDB;
-- INV: input.sql:[[@LINE-1]]:34: shop.orders.billing_email (varchar(255)): user.contact.email; plaintext; not exposed
-- CHECK: input.sql:[[@LINE-2]]:34: warning: column 'shop.orders.billing_email' stores contact data (email) in plaintext [plaintext-contact-field]

/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
-- Dump completed on 2026-11-29 10:00:00

-- CHECK: 2 findings (0 errors, 2 warnings, 0 notes)
