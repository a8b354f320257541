INSERT INTO schema_version (version, name, applied_at_us) VALUES (@Version, @Name, @AppliedAt);
