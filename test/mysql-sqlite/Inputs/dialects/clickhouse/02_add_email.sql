-- ClickHouse by its folder's name: nothing in this file says so.
ALTER TABLE visitors ADD COLUMN email Nullable(String) AFTER visitor_id;
ALTER TABLE visitors UPDATE email = NULL WHERE email = '';
