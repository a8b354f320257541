-- One version per area, bumped by triggers on every write of the area's tables, whoever writes (the service, the
-- CLI, another service sharing the database): a running service polls it to follow changes made elsewhere.
-- Areas: 'cameras' (this script), 'security' (0022). NOCOUNT keeps the writers' affected-row counts exact.
CREATE TABLE host_change_versions (
    area NVARCHAR(40) NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);
GO
INSERT INTO host_change_versions (area, version) VALUES ('cameras', 0);
GO
CREATE TRIGGER cameras_version ON cameras AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE host_change_versions SET version = version + 1 WHERE area = 'cameras';
END;
GO
