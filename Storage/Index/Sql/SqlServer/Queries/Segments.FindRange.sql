-- segments of one camera stream overlapping [@From, @To), oldest first; the lower bound on start_utc keeps
-- the seek inside the (camera, stream, start_utc) index
DECLARE @lower datetime2(6) = DATEADD(second, -(SELECT CAST(max_duration_us / 1000000 + 1 AS int) FROM dbo.segment_stats WHERE id = 1), @From);
SELECT id AS Id, root AS Root, camera AS Camera, stream AS Stream, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS StartUs, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), end_utc) AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
FROM dbo.segments
WHERE camera = @Camera AND stream = @Stream
  AND start_utc >= @lower
  AND start_utc < @To
  AND end_utc > @From
ORDER BY start_utc;
