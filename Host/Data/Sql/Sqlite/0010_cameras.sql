-- The camera registry: one row per adopted camera. Credentials are encrypted by the service (never stored clear);
-- desired privacy masks are a JSON array of {points:[{x,y}...], color:"#rrggbb", enabled}.
CREATE TABLE cameras (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    location TEXT NULL,
    camera_group TEXT NULL,
    device_service TEXT NOT NULL,
    endpoint_address TEXT NULL,
    manufacturer TEXT NULL,
    model TEXT NULL,
    credentials_protected TEXT NULL,
    main_profile TEXT NULL,
    sub_profile TEXT NULL,
    recording_enabled INTEGER NOT NULL DEFAULT 1,
    retention_days INTEGER NULL,
    encoder_width INTEGER NULL,
    encoder_height INTEGER NULL,
    encoder_fps INTEGER NOT NULL,
    encoder_bitrate_kbps INTEGER NULL,
    encoder_gov_length INTEGER NULL,
    masks_json TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_cameras_device_service ON cameras (device_service);
