-- 0001: segments, per-day usage and the statistics the range queries rely on.
-- Times are UTC datetime2(6); queries return them as microseconds since 1970-01-01 (DATEDIFF_BIG).
-- Batches are separated by lines holding only GO.

CREATE TABLE dbo.segments (
  id bigint IDENTITY(1, 1) NOT NULL CONSTRAINT pk_segments PRIMARY KEY NONCLUSTERED,
  root nvarchar(64) NOT NULL,
  camera nvarchar(128) NOT NULL,
  stream nvarchar(64) NOT NULL,
  start_utc datetime2(6) NOT NULL,
  end_utc datetime2(6) NOT NULL,
  path nvarchar(400) NOT NULL,
  bytes bigint NOT NULL,
  codec varchar(16) NOT NULL,
  width int NOT NULL,
  height int NOT NULL,
  frames int NOT NULL,
  keyframes int NOT NULL,
  CONSTRAINT ck_segments_range CHECK (end_utc >= start_utc)
);

-- time-range queries per camera stream (clustered: a camera-day is a contiguous range); also the upsert key
CREATE UNIQUE CLUSTERED INDEX ux_segments_camera_stream_start ON dbo.segments (camera, stream, start_utc);

-- retention: oldest first per storage root
CREATE INDEX ix_segments_root_start ON dbo.segments (root, start_utc) INCLUDE (bytes);

-- one row per (camera, stream, root, UTC day): keeps usage queries independent of the segment count
CREATE TABLE dbo.segment_days (
  camera nvarchar(128) NOT NULL,
  stream nvarchar(64) NOT NULL,
  root nvarchar(64) NOT NULL,
  day int NOT NULL,
  segments bigint NOT NULL,
  bytes bigint NOT NULL,
  CONSTRAINT pk_segment_days PRIMARY KEY CLUSTERED (camera, stream, root, day)
);

-- the longest segment ever indexed bounds the index scan of "segments overlapping [from, to)"
CREATE TABLE dbo.segment_stats (
  id int NOT NULL CONSTRAINT pk_segment_stats PRIMARY KEY CONSTRAINT ck_segment_stats_single CHECK (id = 1),
  max_duration_us bigint NOT NULL
);

INSERT INTO dbo.segment_stats (id, max_duration_us) VALUES (1, 0);
GO

CREATE TRIGGER dbo.tr_segments_usage ON dbo.segments AFTER INSERT, UPDATE, DELETE
AS
BEGIN
  SET NOCOUNT ON;

  WITH delta AS (
    SELECT camera, stream, root,
      DATEDIFF(day, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS day,
      COUNT_BIG(*) AS segments, SUM(bytes) AS bytes
    FROM inserted
    GROUP BY camera, stream, root, DATEDIFF(day, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc)
    UNION ALL
    SELECT camera, stream, root,
      DATEDIFF(day, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS day,
      -COUNT_BIG(*) AS segments, -SUM(bytes) AS bytes
    FROM deleted
    GROUP BY camera, stream, root, DATEDIFF(day, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc)),
  net AS (
    SELECT camera, stream, root, day, SUM(segments) AS segments, SUM(bytes) AS bytes
    FROM delta
    GROUP BY camera, stream, root, day
    HAVING SUM(segments) <> 0 OR SUM(bytes) <> 0)
  MERGE dbo.segment_days WITH (HOLDLOCK) AS t
  USING net AS s
    ON t.camera = s.camera AND t.stream = s.stream AND t.root = s.root AND t.day = s.day
  WHEN MATCHED THEN
    UPDATE SET segments = t.segments + s.segments, bytes = t.bytes + s.bytes
  WHEN NOT MATCHED BY TARGET THEN
    INSERT (camera, stream, root, day, segments, bytes) VALUES (s.camera, s.stream, s.root, s.day, s.segments, s.bytes);

  DELETE d
  FROM dbo.segment_days AS d
  JOIN (
    SELECT DISTINCT camera, stream, root,
      DATEDIFF(day, CAST('1970-01-01T00:00:00' AS datetime2(6)), start_utc) AS day
    FROM deleted) AS x
    ON d.camera = x.camera AND d.stream = x.stream AND d.root = x.root AND d.day = x.day
  WHERE d.segments <= 0;

  UPDATE dbo.segment_stats
  SET max_duration_us = x.longest
  FROM (SELECT MAX(DATEDIFF_BIG(microsecond, start_utc, end_utc)) AS longest FROM inserted) AS x
  WHERE dbo.segment_stats.id = 1 AND x.longest > dbo.segment_stats.max_duration_us;
END
