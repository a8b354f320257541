-- One version per area, bumped by triggers on every write of the area's tables, whoever writes (the service, the
-- CLI, another service sharing the database): a running service polls it to follow changes made elsewhere.
-- Areas: 'cameras' (this script), 'security' (0022).
CREATE TABLE host_change_versions (
    area TEXT NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL
);

INSERT INTO host_change_versions (area, version) VALUES ('cameras', 0);

CREATE TRIGGER cameras_version_insert AFTER INSERT ON cameras
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'cameras'; END;
CREATE TRIGGER cameras_version_update AFTER UPDATE ON cameras
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'cameras'; END;
CREATE TRIGGER cameras_version_delete AFTER DELETE ON cameras
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'cameras'; END;
