-- Export jobs asked through the API (exports feature, versions 0040-0049): what was asked, by whom, and how it ended,
-- so status and download survive a restart. files_json is [{name, bytes}] of a finished export.
CREATE TABLE export_jobs (
    id NVARCHAR(32) NOT NULL PRIMARY KEY,
    user_name NVARCHAR(100) NOT NULL,
    camera_id NVARCHAR(64) NOT NULL,
    camera_group NVARCHAR(100) NULL,
    stream NVARCHAR(16) NOT NULL,
    from_utc NVARCHAR(40) NOT NULL,
    to_utc NVARCHAR(40) NOT NULL,
    requisition NVARCHAR(200) NOT NULL,
    folder NVARCHAR(1000) NOT NULL,
    client_address NVARCHAR(64) NULL,
    status NVARCHAR(16) NOT NULL,
    message NVARCHAR(2000) NULL,
    created_at NVARCHAR(40) NOT NULL,
    finished_at NVARCHAR(40) NULL,
    files_json NVARCHAR(MAX) NOT NULL DEFAULT '[]',
    manifest_sha256 NVARCHAR(64) NULL,
    video_sha256 NVARCHAR(64) NULL
);
GO
CREATE INDEX ix_export_jobs_created ON export_jobs (created_at);
GO
