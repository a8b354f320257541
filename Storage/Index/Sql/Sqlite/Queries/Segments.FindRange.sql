-- segments of one camera stream overlapping [@From, @To), oldest first; the lower bound on start_us keeps
-- the scan inside the (camera, stream, start_us) index
SELECT id AS Id, root AS Root, camera AS Camera, stream AS Stream, start_us AS StartUs, end_us AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
FROM segments
WHERE camera = @Camera AND stream = @Stream
  AND start_us >= @From - (SELECT max_duration_us FROM segment_stats WHERE id = 1)
  AND start_us < @To
  AND end_us > @From
ORDER BY start_us;
