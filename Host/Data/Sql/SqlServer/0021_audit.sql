-- the append-only, hash-chained audit log (see Host/Audit/AuditChain.cs for the canonical form)
CREATE TABLE audit_log (
    seq BIGINT NOT NULL PRIMARY KEY,
    at VARCHAR(40) NOT NULL,
    actor NVARCHAR(100) NOT NULL,
    action NVARCHAR(100) NOT NULL,
    target NVARCHAR(400) NOT NULL,
    client NVARCHAR(100) NULL,
    details NVARCHAR(MAX) NOT NULL,
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL
);
GO
CREATE INDEX ix_audit_log_actor ON audit_log(actor, seq);
GO
CREATE INDEX ix_audit_log_action ON audit_log(action, seq);
GO
CREATE INDEX ix_audit_log_target ON audit_log(target, seq);
GO
-- append-only: the service never updates or deletes a row; this trigger refuses it through SQL too
CREATE TRIGGER audit_log_append_only ON audit_log INSTEAD OF UPDATE, DELETE AS
BEGIN
    THROW 51000, 'audit_log is append-only', 1;
END;
