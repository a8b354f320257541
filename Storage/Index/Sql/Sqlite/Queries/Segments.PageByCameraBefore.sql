-- segments of one camera (all streams) that started before @Before, oldest first, after the keyset cursor;
-- naming the camera's streams lets the (camera, stream, start) index serve each stream's range
SELECT id AS Id, root AS Root, camera AS Camera, stream AS Stream, start_us AS StartUs, end_us AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
FROM segments
WHERE camera = @Camera
  AND stream IN (SELECT stream FROM segment_days WHERE camera = @Camera)
  AND start_us < @Before
  AND start_us >= @AfterStart AND (start_us > @AfterStart OR id > @AfterId)
ORDER BY start_us, id
LIMIT @Limit;
