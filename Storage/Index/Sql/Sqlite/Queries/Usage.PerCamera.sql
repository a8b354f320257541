-- per camera (all streams): segments, bytes, oldest start, newest end, number of UTC days with recordings
WITH cs AS (
  SELECT camera, stream, SUM(segments) AS segments, SUM(bytes) AS bytes
  FROM segment_days
  GROUP BY camera, stream),
ce AS (
  SELECT camera, segments, bytes,
    (SELECT MIN(s.start_us) FROM segments s WHERE s.camera = cs.camera AND s.stream = cs.stream) AS oldest_us,
    (SELECT s.end_us FROM segments s WHERE s.camera = cs.camera AND s.stream = cs.stream
     ORDER BY s.start_us DESC LIMIT 1) AS newest_us
  FROM cs),
cd AS (
  SELECT camera, COUNT(DISTINCT day) AS days
  FROM segment_days
  GROUP BY camera)
SELECT ce.camera AS Camera, SUM(ce.segments) AS Segments, SUM(ce.bytes) AS Bytes,
  MIN(ce.oldest_us) AS OldestUs, MAX(ce.newest_us) AS NewestUs, cd.days AS Days
FROM ce
JOIN cd ON cd.camera = ce.camera
GROUP BY ce.camera, cd.days
ORDER BY ce.camera;
