-- segments of one camera (all streams) that started before @Before, oldest first, after the keyset cursor;
-- naming the camera's streams lets the (camera, stream, start) index serve each stream's range
SELECT id AS Id, root AS Root, camera AS Camera, stream AS Stream, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS StartUs, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), end_utc) AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
FROM dbo.segments
WHERE camera = @Camera
  AND stream IN (SELECT stream FROM dbo.segment_days WHERE camera = @Camera)
  AND start_utc < @Before
  AND start_utc >= @AfterStart AND (start_utc > @AfterStart OR id > @AfterId)
ORDER BY start_utc, id
OFFSET 0 ROWS FETCH NEXT @Limit ROWS ONLY;
