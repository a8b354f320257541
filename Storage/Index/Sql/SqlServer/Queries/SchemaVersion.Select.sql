SELECT version AS Version, name AS Name FROM dbo.schema_version ORDER BY version;
