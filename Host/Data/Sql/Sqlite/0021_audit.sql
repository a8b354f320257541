-- the append-only, hash-chained audit log (see Host/Audit/AuditChain.cs for the canonical form)
CREATE TABLE audit_log (
    seq INTEGER NOT NULL PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    client TEXT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX ix_audit_log_actor ON audit_log(actor, seq);
CREATE INDEX ix_audit_log_action ON audit_log(action, seq);
CREATE INDEX ix_audit_log_target ON audit_log(target, seq);

-- append-only: the service never updates or deletes a row; these triggers refuse it through SQL too
-- (someone with file access can still edit the file: the hash chain is what detects that)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
