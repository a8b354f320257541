INSERT INTO destruction_journal (seq, kind, camera, stream, start_us, end_us, bytes, path, actor, at_us, reference, prev_hash, hash)
VALUES (@Seq, @Kind, @Camera, @Stream, @Start, @End, @Bytes, @Path, @Actor, @At, @Reference, @PrevHash, @Hash);
