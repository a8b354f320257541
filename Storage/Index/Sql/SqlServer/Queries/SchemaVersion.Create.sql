IF OBJECT_ID(N'dbo.schema_version', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.schema_version (
    version int NOT NULL CONSTRAINT pk_schema_version PRIMARY KEY,
    name nvarchar(200) NOT NULL,
    applied_at_utc datetime2(6) NOT NULL
  );
END;
