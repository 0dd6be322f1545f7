-- A hand-edited migration: the storefront reads customers through the API.
GRANT SELECT ON "customers" TO anon;
