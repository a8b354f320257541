-- segments of one storage root, oldest first, after the keyset cursor (@AfterStart, @AfterId)
SELECT id AS Id, root AS Root, camera AS Camera, stream AS Stream, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS StartUs, DATEDIFF_BIG(microsecond, CAST('1970-01-01T00:00:00' AS datetime2(6)), end_utc) AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
FROM dbo.segments
WHERE root = @Root
  AND start_utc >= @AfterStart AND (start_utc > @AfterStart OR id > @AfterId)
ORDER BY start_utc, id
OFFSET 0 ROWS FETCH NEXT @Limit ROWS ONLY;
