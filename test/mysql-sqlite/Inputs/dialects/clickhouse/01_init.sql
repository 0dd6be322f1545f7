CREATE TABLE IF NOT EXISTS visitors
(
    visitor_id UUID,
    created_at DateTime64(3)
)
ENGINE = ReplacingMergeTree
ORDER BY visitor_id;
