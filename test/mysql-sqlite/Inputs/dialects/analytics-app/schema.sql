-- ClickHouse, recognised by its MergeTree engine and LowCardinality type.
CREATE TABLE analytics.subscribers
(
    subscriber_id UUID,
    email String,
    country LowCardinality(String),
    created_at DateTime('UTC')
)
ENGINE = MergeTree
ORDER BY (subscriber_id, created_at)
SETTINGS index_granularity = 8192;

CREATE MATERIALIZED VIEW analytics.subscribers_daily_mv TO analytics.subscribers_daily AS
SELECT toDate(created_at) AS day, count() AS n FROM analytics.subscribers GROUP BY day;
