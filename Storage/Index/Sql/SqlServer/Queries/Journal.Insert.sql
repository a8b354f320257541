INSERT INTO dbo.destruction_journal (seq, kind, camera, stream, start_utc, end_utc, bytes, path, actor, at_utc, reference, prev_hash, hash)
VALUES (@Seq, @Kind, @Camera, @Stream, @Start, @End, @Bytes, @Path, @Actor, @At, @Reference, @PrevHash, @Hash);
