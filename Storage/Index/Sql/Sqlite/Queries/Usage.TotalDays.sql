SELECT COUNT(DISTINCT day) FROM segment_days;
