SELECT version AS Version, name AS Name FROM schema_version ORDER BY version;
