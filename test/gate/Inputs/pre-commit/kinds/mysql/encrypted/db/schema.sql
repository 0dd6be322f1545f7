CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varbinary(255) NOT NULL COMMENT 'AES_ENCRYPT by the application',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
