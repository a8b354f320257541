INSERT INTO segments (root, camera, stream, start_us, end_us, path, bytes, codec, width, height, frames, keyframes)
VALUES (@Root, @Camera, @Stream, @Start, @End, @Path, @Bytes, @Codec, @Width, @Height, @Frames, @Keyframes)
ON CONFLICT (camera, stream, start_us) DO UPDATE SET
  root = excluded.root,
  end_us = excluded.end_us,
  path = excluded.path,
  bytes = excluded.bytes,
  codec = excluded.codec,
  width = excluded.width,
  height = excluded.height,
  frames = excluded.frames,
  keyframes = excluded.keyframes;
