INSERT INTO customers VALUES (1, E'unterminated);
SELECT 1;
