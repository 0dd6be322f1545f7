GRANT SELECT ON users TO anon;
