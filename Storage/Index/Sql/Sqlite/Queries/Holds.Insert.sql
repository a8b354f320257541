INSERT INTO legal_holds (camera, from_us, to_us, reference, placed_by, placed_at_us)
VALUES (@Camera, @From, @To, @Reference, @Actor, @At);
SELECT last_insert_rowid();
