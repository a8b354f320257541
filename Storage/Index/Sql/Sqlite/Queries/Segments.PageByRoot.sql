-- segments of one storage root, oldest first, after the keyset cursor (@AfterStart, @AfterId)
SELECT id AS Id, root AS Root, camera AS Camera, stream AS Stream, start_us AS StartUs, end_us AS EndUs, path AS Path, bytes AS Bytes, codec AS Codec, width AS Width, height AS Height, frames AS Frames, keyframes AS Keyframes
FROM segments
WHERE root = @Root
  AND start_us >= @AfterStart AND (start_us > @AfterStart OR id > @AfterId)
ORDER BY start_us, id
LIMIT @Limit;
