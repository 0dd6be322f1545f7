INSERT IGNORE INTO `users` (`id`, `email`) VALUES (1, 'a@example.com');
INSERT IGNORE INTO `users` (`id`, `email`) VALUES (2, 'b\'s@example.com');
