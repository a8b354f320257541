UPDATE legal_holds SET released_by = @Actor, released_at_us = @At
WHERE id = @Id AND released_at_us IS NULL;
