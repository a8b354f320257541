-- 0003: kept in step with SQLite's covering index for timelines; here the clustered
-- (camera, stream, start_utc) index already stores end_utc with every key, so nothing is added.
SELECT 1;
