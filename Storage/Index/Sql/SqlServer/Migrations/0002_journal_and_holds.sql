-- 0002: the destruction journal (append-only, SHA-256 chained) and legal holds.

CREATE TABLE dbo.destruction_journal (
  seq bigint NOT NULL CONSTRAINT pk_destruction_journal PRIMARY KEY CLUSTERED,
  kind varchar(32) NOT NULL,
  camera nvarchar(128) NOT NULL,
  stream nvarchar(64) NOT NULL,
  start_utc datetime2(6) NOT NULL,
  end_utc datetime2(6) NOT NULL,
  bytes bigint NOT NULL,
  path nvarchar(400) NOT NULL,
  actor nvarchar(256) NOT NULL,
  at_utc datetime2(6) NOT NULL,
  reference nvarchar(512) NOT NULL,
  prev_hash char(64) NOT NULL,
  hash char(64) NOT NULL
);

CREATE INDEX ix_journal_camera_start ON dbo.destruction_journal (camera, start_utc);

CREATE TABLE dbo.legal_holds (
  id bigint IDENTITY(1, 1) NOT NULL CONSTRAINT pk_legal_holds PRIMARY KEY CLUSTERED,
  camera nvarchar(128) NOT NULL,
  from_utc datetime2(6) NOT NULL,
  to_utc datetime2(6) NOT NULL,
  reference nvarchar(512) NOT NULL,
  placed_by nvarchar(256) NOT NULL,
  placed_at_utc datetime2(6) NOT NULL,
  released_by nvarchar(256) NULL,
  released_at_utc datetime2(6) NULL,
  CONSTRAINT ck_legal_holds_range CHECK (to_utc > from_utc)
);

CREATE INDEX ix_legal_holds_camera ON dbo.legal_holds (camera, from_utc);
GO

-- the journal is append-only: rows can be added, never changed or removed through SQL
CREATE TRIGGER dbo.tr_journal_append_only ON dbo.destruction_journal INSTEAD OF UPDATE, DELETE
AS
BEGIN
  SET NOCOUNT ON;
  THROW 50001, 'destruction_journal is append-only', 1;
END
