-- users, roles, grants with schedules, API tokens, requisitions (security feature, versions 0020-0029)
-- instants are ISO-8601 UTC text with 7 decimals (yyyy-MM-ddTHH:mm:ss.fffffffZ), so text order is time order
CREATE TABLE security_users (
    name TEXT NOT NULL PRIMARY KEY,
    display_name TEXT NOT NULL,
    password_hash TEXT NULL,
    digest_realm TEXT NULL,
    digest_secret TEXT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE security_user_roles (
    user_name TEXT NOT NULL REFERENCES security_users(name) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_name, role)
);

CREATE TABLE security_grants (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    subject_is_role INTEGER NOT NULL,
    subject_name TEXT NOT NULL,
    scope TEXT NOT NULL,
    rights INTEGER NOT NULL,
    schedule TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE security_tokens (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    user_name TEXT NOT NULL REFERENCES security_users(name) ON DELETE CASCADE,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT NULL
);

CREATE TABLE requisitions (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    authority TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    cameras TEXT NOT NULL,
    from_utc TEXT NOT NULL,
    to_utc TEXT NOT NULL,
    agents TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed_by TEXT NULL,
    closed_at TEXT NULL,
    hold_ids TEXT NOT NULL
);
