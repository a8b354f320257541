-- 0001: segments, per-day usage and the statistics the range queries rely on.
-- Times are UTC microseconds since 1970-01-01T00:00:00Z (INTEGER).

CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  root TEXT NOT NULL,
  camera TEXT NOT NULL,
  stream TEXT NOT NULL,
  start_us INTEGER NOT NULL,
  end_us INTEGER NOT NULL,
  path TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  codec TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  frames INTEGER NOT NULL,
  keyframes INTEGER NOT NULL,
  CHECK (end_us >= start_us)
);

-- time-range queries per camera stream; also the upsert key
CREATE UNIQUE INDEX ux_segments_camera_stream_start ON segments (camera, stream, start_us);

-- retention: oldest first per storage root
CREATE INDEX ix_segments_root_start ON segments (root, start_us);

-- one row per (camera, stream, root, UTC day): keeps usage queries independent of the segment count
CREATE TABLE segment_days (
  camera TEXT NOT NULL,
  stream TEXT NOT NULL,
  root TEXT NOT NULL,
  day INTEGER NOT NULL,
  segments INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  PRIMARY KEY (camera, stream, root, day)
) WITHOUT ROWID;

-- the longest segment ever indexed bounds the index scan of "segments overlapping [from, to)"
CREATE TABLE segment_stats (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  max_duration_us INTEGER NOT NULL
);

INSERT INTO segment_stats (id, max_duration_us) VALUES (1, 0);

CREATE TRIGGER tr_segments_insert AFTER INSERT ON segments
BEGIN
  INSERT INTO segment_days (camera, stream, root, day, segments, bytes)
  VALUES (NEW.camera, NEW.stream, NEW.root, NEW.start_us / 86400000000, 1, NEW.bytes)
  ON CONFLICT (camera, stream, root, day) DO UPDATE SET segments = segments + 1, bytes = bytes + excluded.bytes;
  UPDATE segment_stats SET max_duration_us = NEW.end_us - NEW.start_us
  WHERE id = 1 AND max_duration_us < NEW.end_us - NEW.start_us;
END;

CREATE TRIGGER tr_segments_delete AFTER DELETE ON segments
BEGIN
  UPDATE segment_days SET segments = segments - 1, bytes = bytes - OLD.bytes
  WHERE camera = OLD.camera AND stream = OLD.stream AND root = OLD.root AND day = OLD.start_us / 86400000000;
  DELETE FROM segment_days
  WHERE camera = OLD.camera AND stream = OLD.stream AND root = OLD.root AND day = OLD.start_us / 86400000000
    AND segments <= 0;
END;

CREATE TRIGGER tr_segments_update AFTER UPDATE ON segments
BEGIN
  UPDATE segment_days SET segments = segments - 1, bytes = bytes - OLD.bytes
  WHERE camera = OLD.camera AND stream = OLD.stream AND root = OLD.root AND day = OLD.start_us / 86400000000;
  DELETE FROM segment_days
  WHERE camera = OLD.camera AND stream = OLD.stream AND root = OLD.root AND day = OLD.start_us / 86400000000
    AND segments <= 0;
  INSERT INTO segment_days (camera, stream, root, day, segments, bytes)
  VALUES (NEW.camera, NEW.stream, NEW.root, NEW.start_us / 86400000000, 1, NEW.bytes)
  ON CONFLICT (camera, stream, root, day) DO UPDATE SET segments = segments + 1, bytes = bytes + excluded.bytes;
  UPDATE segment_stats SET max_duration_us = NEW.end_us - NEW.start_us
  WHERE id = 1 AND max_duration_us < NEW.end_us - NEW.start_us;
END;
