MERGE dbo.segments WITH (HOLDLOCK) AS t
USING (SELECT @Camera AS camera, @Stream AS stream, @Start AS start_utc) AS s
  ON t.camera = s.camera AND t.stream = s.stream AND t.start_utc = s.start_utc
WHEN MATCHED THEN
  UPDATE SET root = @Root, end_utc = @End, path = @Path, bytes = @Bytes, codec = @Codec,
    width = @Width, height = @Height, frames = @Frames, keyframes = @Keyframes
WHEN NOT MATCHED BY TARGET THEN
  INSERT (root, camera, stream, start_utc, end_utc, path, bytes, codec, width, height, frames, keyframes)
  VALUES (@Root, @Camera, @Stream, @Start, @End, @Path, @Bytes, @Codec, @Width, @Height, @Frames, @Keyframes);
