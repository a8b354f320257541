-- the segment containing @At (Rank 0) or else the first one starting after it (Rank 1)
SELECT * FROM (
  SELECT * FROM (
    SELECT 0 AS Rank, id AS Id, root AS Root, camera AS Camera, stream AS Stream, start_us AS StartUs, end_us AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
    FROM segments
    WHERE camera = @Camera AND stream = @Stream
      AND start_us >= @At - (SELECT max_duration_us FROM segment_stats WHERE id = 1)
      AND start_us <= @At
      AND end_us > @At
    ORDER BY start_us DESC
    LIMIT 1)
  UNION ALL
  SELECT * FROM (
    SELECT 1 AS Rank, id AS Id, root AS Root, camera AS Camera, stream AS Stream, start_us AS StartUs, end_us AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
    FROM segments
    WHERE camera = @Camera AND stream = @Stream AND start_us > @At
    ORDER BY start_us
    LIMIT 1))
ORDER BY Rank
LIMIT 1;
