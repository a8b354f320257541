INSERT INTO dbo.schema_version (version, name, applied_at_utc) VALUES (@Version, @Name, @AppliedAt);
