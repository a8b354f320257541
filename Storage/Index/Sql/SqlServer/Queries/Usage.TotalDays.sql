SELECT COUNT_BIG(DISTINCT day) FROM dbo.segment_days;
