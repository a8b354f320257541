INSERT INTO dbo.legal_holds (camera, from_utc, to_utc, reference, placed_by, placed_at_utc)
OUTPUT INSERTED.id
VALUES (@Camera, @From, @To, @Reference, @Actor, @At);
