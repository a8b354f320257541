-- The 'security' change version (table from 0011): bumped by every write of users, roles and grants, so a running
-- service re-checks its live views when an account is disabled or a grant removed by the CLI or another process.
INSERT INTO host_change_versions (area, version) VALUES ('security', 0);

CREATE TRIGGER security_users_version_insert AFTER INSERT ON security_users
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'security'; END;
CREATE TRIGGER security_users_version_update AFTER UPDATE ON security_users
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'security'; END;
CREATE TRIGGER security_users_version_delete AFTER DELETE ON security_users
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'security'; END;
CREATE TRIGGER security_user_roles_version_insert AFTER INSERT ON security_user_roles
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'security'; END;
CREATE TRIGGER security_user_roles_version_delete AFTER DELETE ON security_user_roles
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'security'; END;
CREATE TRIGGER security_grants_version_insert AFTER INSERT ON security_grants
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'security'; END;
CREATE TRIGGER security_grants_version_update AFTER UPDATE ON security_grants
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'security'; END;
CREATE TRIGGER security_grants_version_delete AFTER DELETE ON security_grants
BEGIN UPDATE host_change_versions SET version = version + 1 WHERE area = 'security'; END;
