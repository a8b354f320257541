-- 0002: the destruction journal (append-only, SHA-256 chained) and legal holds.

CREATE TABLE destruction_journal (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  camera TEXT NOT NULL,
  stream TEXT NOT NULL,
  start_us INTEGER NOT NULL,
  end_us INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  path TEXT NOT NULL,
  actor TEXT NOT NULL,
  at_us INTEGER NOT NULL,
  reference TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

CREATE INDEX ix_journal_camera_start ON destruction_journal (camera, start_us);

-- the journal is append-only: rows can be added, never changed or removed through SQL
CREATE TRIGGER tr_journal_no_update BEFORE UPDATE ON destruction_journal
BEGIN
  SELECT RAISE(ABORT, 'destruction_journal is append-only');
END;

CREATE TRIGGER tr_journal_no_delete BEFORE DELETE ON destruction_journal
BEGIN
  SELECT RAISE(ABORT, 'destruction_journal is append-only');
END;

CREATE TABLE legal_holds (
  id INTEGER PRIMARY KEY,
  camera TEXT NOT NULL,
  from_us INTEGER NOT NULL,
  to_us INTEGER NOT NULL,
  reference TEXT NOT NULL,
  placed_by TEXT NOT NULL,
  placed_at_us INTEGER NOT NULL,
  released_by TEXT NULL,
  released_at_us INTEGER NULL,
  CHECK (to_us > from_us)
);

CREATE INDEX ix_legal_holds_camera ON legal_holds (camera, from_us);
