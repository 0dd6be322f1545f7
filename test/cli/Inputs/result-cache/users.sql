CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  phone text
);
GRANT SELECT ON users TO anon;
