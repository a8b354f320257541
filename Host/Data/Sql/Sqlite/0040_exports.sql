-- Export jobs asked through the API (exports feature, versions 0040-0049): what was asked, by whom, and how it ended,
-- so status and download survive a restart. files_json is [{name, bytes}] of a finished export.
CREATE TABLE export_jobs (
    id TEXT NOT NULL PRIMARY KEY,
    user_name TEXT NOT NULL,
    camera_id TEXT NOT NULL,
    camera_group TEXT NULL,
    stream TEXT NOT NULL,
    from_utc TEXT NOT NULL,
    to_utc TEXT NOT NULL,
    requisition TEXT NOT NULL,
    folder TEXT NOT NULL,
    client_address TEXT NULL,
    status TEXT NOT NULL,
    message TEXT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT NULL,
    files_json TEXT NOT NULL DEFAULT '[]',
    manifest_sha256 TEXT NULL,
    video_sha256 TEXT NULL
);

CREATE INDEX ix_export_jobs_created ON export_jobs (created_at);
