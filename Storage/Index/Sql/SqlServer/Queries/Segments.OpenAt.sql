-- the segment containing @At (Rank 0) or else the first one starting after it (Rank 1)
DECLARE @lower datetime2(6) = DATEADD(second, -(SELECT CAST(max_duration_us / 1000000 + 1 AS int) FROM dbo.segment_stats WHERE id = 1), @At);
SELECT TOP (1) u.*
FROM (
  SELECT * FROM (
    SELECT TOP (1) 0 AS Rank, id AS Id, root AS Root, camera AS Camera, stream AS Stream, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS StartUs, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), end_utc) AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
    FROM dbo.segments
    WHERE camera = @Camera AND stream = @Stream
      AND start_utc >= @lower
      AND start_utc <= @At
      AND end_utc > @At
    ORDER BY start_utc DESC) AS containing
  UNION ALL
  SELECT * FROM (
    SELECT TOP (1) 1 AS Rank, id AS Id, root AS Root, camera AS Camera, stream AS Stream, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS StartUs, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), end_utc) AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
    FROM dbo.segments
    WHERE camera = @Camera AND stream = @Stream AND start_utc > @At
    ORDER BY start_utc) AS following) AS u
ORDER BY u.Rank;
