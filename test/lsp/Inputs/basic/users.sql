-- A table whose names and comments are not ASCII: LSP columns count UTF-16
-- code units (privlint's own columns count UTF-8 bytes).
CREATE TABLE "kundé_😀" (
  id bigint PRIMARY KEY,
  "naïve_😀" text, email text,  -- ☃ contact
  phone text
);
GRANT SELECT ON "kundé_😀" TO anon;
