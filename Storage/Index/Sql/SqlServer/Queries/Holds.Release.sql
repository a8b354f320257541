UPDATE dbo.legal_holds SET released_by = @Actor, released_at_utc = @At
WHERE id = @Id AND released_at_utc IS NULL;
