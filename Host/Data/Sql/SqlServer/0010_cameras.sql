-- The camera registry: one row per adopted camera. Credentials are encrypted by the service (never stored clear);
-- desired privacy masks are a JSON array of {points:[{x,y}...], color:"#rrggbb", enabled}.
CREATE TABLE cameras (
    id NVARCHAR(64) NOT NULL PRIMARY KEY,
    name NVARCHAR(200) NOT NULL,
    location NVARCHAR(200) NULL,
    camera_group NVARCHAR(100) NULL,
    device_service NVARCHAR(400) NOT NULL,
    endpoint_address NVARCHAR(200) NULL,
    manufacturer NVARCHAR(100) NULL,
    model NVARCHAR(100) NULL,
    credentials_protected NVARCHAR(MAX) NULL,
    main_profile NVARCHAR(64) NULL,
    sub_profile NVARCHAR(64) NULL,
    recording_enabled BIT NOT NULL DEFAULT 1,
    retention_days INT NULL,
    encoder_width INT NULL,
    encoder_height INT NULL,
    encoder_fps INT NOT NULL,
    encoder_bitrate_kbps INT NULL,
    encoder_gov_length INT NULL,
    masks_json NVARCHAR(MAX) NOT NULL DEFAULT '[]',
    created_at NVARCHAR(40) NOT NULL,
    updated_at NVARCHAR(40) NOT NULL
);
GO
CREATE UNIQUE INDEX ux_cameras_device_service ON cameras (device_service);
GO
