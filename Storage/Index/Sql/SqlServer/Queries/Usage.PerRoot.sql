SELECT root AS Root, SUM(segments) AS Segments, SUM(bytes) AS Bytes
FROM dbo.segment_days
GROUP BY root
ORDER BY root;
