-- per camera (all streams): segments, bytes, oldest start, newest end, number of UTC days with recordings
WITH cs AS (
  SELECT camera, stream, SUM(segments) AS segments, SUM(bytes) AS bytes
  FROM dbo.segment_days
  GROUP BY camera, stream),
ce AS (
  SELECT camera, segments, bytes,
    (SELECT MIN(s.start_utc) FROM dbo.segments AS s WHERE s.camera = cs.camera AND s.stream = cs.stream) AS oldest_utc,
    (SELECT TOP (1) s.end_utc FROM dbo.segments AS s WHERE s.camera = cs.camera AND s.stream = cs.stream
     ORDER BY s.start_utc DESC) AS newest_utc
  FROM cs),
cd AS (
  SELECT camera, COUNT_BIG(DISTINCT day) AS days
  FROM dbo.segment_days
  GROUP BY camera)
SELECT ce.camera AS Camera, SUM(ce.segments) AS Segments, SUM(ce.bytes) AS Bytes,
  DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), MIN(ce.oldest_utc)) AS OldestUs, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), MAX(ce.newest_utc)) AS NewestUs, cd.days AS Days
FROM ce
JOIN cd ON cd.camera = ce.camera
GROUP BY ce.camera, cd.days
ORDER BY ce.camera;
