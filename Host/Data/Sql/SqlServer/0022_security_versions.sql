-- The 'security' change version (table from 0011): bumped by every write of users, roles and grants, so a running
-- service re-checks its live views when an account is disabled or a grant removed by the CLI or another process.
INSERT INTO host_change_versions (area, version) VALUES ('security', 0);
GO
CREATE TRIGGER security_users_version ON security_users AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE host_change_versions SET version = version + 1 WHERE area = 'security';
END;
GO
CREATE TRIGGER security_user_roles_version ON security_user_roles AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE host_change_versions SET version = version + 1 WHERE area = 'security';
END;
GO
CREATE TRIGGER security_grants_version ON security_grants AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE host_change_versions SET version = version + 1 WHERE area = 'security';
END;
GO
