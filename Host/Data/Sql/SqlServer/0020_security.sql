-- users, roles, grants with schedules, API tokens, requisitions (security feature, versions 0020-0029)
-- instants are ISO-8601 UTC text with 7 decimals (yyyy-MM-ddTHH:mm:ss.fffffffZ), so text order is time order
CREATE TABLE security_users (
    name NVARCHAR(100) NOT NULL PRIMARY KEY,
    display_name NVARCHAR(200) NOT NULL,
    password_hash NVARCHAR(200) NULL,
    digest_realm NVARCHAR(200) NULL,
    digest_secret NVARCHAR(400) NULL,
    disabled INT NOT NULL DEFAULT 0,
    created_at VARCHAR(40) NOT NULL
);
GO
CREATE TABLE security_user_roles (
    user_name NVARCHAR(100) NOT NULL REFERENCES security_users(name) ON DELETE CASCADE,
    role NVARCHAR(100) NOT NULL,
    PRIMARY KEY (user_name, role)
);
GO
CREATE TABLE security_grants (
    id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    subject_is_role INT NOT NULL,
    subject_name NVARCHAR(100) NOT NULL,
    scope NVARCHAR(200) NOT NULL,
    rights INT NOT NULL,
    schedule NVARCHAR(400) NOT NULL,
    created_by NVARCHAR(100) NOT NULL,
    created_at VARCHAR(40) NOT NULL
);
GO
CREATE TABLE security_tokens (
    id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    user_name NVARCHAR(100) NOT NULL REFERENCES security_users(name) ON DELETE CASCADE,
    label NVARCHAR(200) NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    expires_at VARCHAR(40) NOT NULL,
    revoked_at VARCHAR(40) NULL
);
GO
CREATE TABLE requisitions (
    id BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    reference NVARCHAR(200) NOT NULL UNIQUE,
    authority NVARCHAR(400) NOT NULL,
    issued_on VARCHAR(10) NOT NULL,
    cameras NVARCHAR(MAX) NOT NULL,
    from_utc VARCHAR(40) NOT NULL,
    to_utc VARCHAR(40) NOT NULL,
    agents NVARCHAR(MAX) NOT NULL,
    expires_at VARCHAR(40) NOT NULL,
    opened_by NVARCHAR(100) NOT NULL,
    opened_at VARCHAR(40) NOT NULL,
    closed_by NVARCHAR(100) NULL,
    closed_at VARCHAR(40) NULL,
    hold_ids NVARCHAR(MAX) NOT NULL
);
