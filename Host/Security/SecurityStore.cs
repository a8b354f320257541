using System.Data.Common;
using Dapper;
using Vms.Host.Data;

namespace Vms.Host.Security;

/// <summary>
/// Users, roles, grants and API tokens in the service database (Dapper, both dialects). Digest HA1 values are
/// stored encrypted by <see cref="SecretProtector"/>; passwords only as PBKDF2 hashes; tokens only as SHA-256.
/// </summary>
public sealed partial class SecurityStore(HostDatabase database, SecretProtector secrets)
{
    private bool IsSqlite => database.Dialect == HostDialect.Sqlite;

    public async Task<UserAccount?> GetUserAsync(string name, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QuerySingleOrDefaultAsync<UserRow>(Cmd("SELECT name AS Name, display_name AS DisplayName, password_hash AS PasswordHash, digest_realm AS DigestRealm, digest_secret AS DigestSecret, disabled AS Disabled FROM security_users WHERE name = @name", new { name }, cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var roles = await c.QueryAsync<string>(Cmd("SELECT role FROM security_user_roles WHERE user_name = @name", new { name }, cancellationToken)).ConfigureAwait(false);
        return ToAccount(row, roles);
    }

    public async Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<UserRow>(Cmd("SELECT name AS Name, display_name AS DisplayName, password_hash AS PasswordHash, digest_realm AS DigestRealm, digest_secret AS DigestSecret, disabled AS Disabled FROM security_users ORDER BY name", null, cancellationToken)).ConfigureAwait(false);
        var roles = (await c.QueryAsync<(string User, string Role)>(Cmd("SELECT user_name, role FROM security_user_roles", null, cancellationToken)).ConfigureAwait(false))
            .ToLookup(r => r.User, r => r.Role, StringComparer.Ordinal);
        return [.. rows.Select(r => ToAccount(r, roles[r.Name]))];
    }

    public async Task<int> CountUsersAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<int>(Cmd("SELECT COUNT(*) FROM security_users", null, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Creates an account without a password (it cannot log in until one is set); false when the name is taken.</summary>
    public async Task<bool> CreateUserAsync(string name, string displayName, IEnumerable<string> roles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var exists = await c.ExecuteScalarAsync<int>(Cmd("SELECT COUNT(*) FROM security_users WHERE name = @name", new { name }, cancellationToken, tx)).ConfigureAwait(false);
        if (exists > 0)
        {
            return false;
        }

        await c.ExecuteAsync(Cmd("INSERT INTO security_users (name, display_name, password_hash, digest_realm, digest_secret, disabled, created_at) VALUES (@name, @displayName, NULL, NULL, NULL, 0, @at)", new { name, displayName, at = DbInstant.Write(now) }, cancellationToken, tx)).ConfigureAwait(false);
        foreach (var role in roles.Distinct(StringComparer.Ordinal))
        {
            await c.ExecuteAsync(Cmd("INSERT INTO security_user_roles (user_name, role) VALUES (@name, @role)", new { name, role }, cancellationToken, tx)).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> SetPasswordAsync(string name, string passwordHash, DigestSecrets digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var secret = secrets.Protect(digest.Md5Ha1 + ":" + digest.Sha256Ha1);
        return await c.ExecuteAsync(Cmd("UPDATE security_users SET password_hash = @passwordHash, digest_realm = @realm, digest_secret = @secret WHERE name = @name", new { name, passwordHash, realm = digest.Realm, secret }, cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task<bool> SetDisabledAsync(string name, bool disabled, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await c.ExecuteAsync(Cmd("UPDATE security_users SET disabled = @d WHERE name = @name", new { name, d = disabled ? 1 : 0 }, cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task<bool> SetRolesAsync(string name, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await c.ExecuteScalarAsync<int>(Cmd("SELECT COUNT(*) FROM security_users WHERE name = @name", new { name }, cancellationToken, tx)).ConfigureAwait(false) == 0)
        {
            return false;
        }

        await c.ExecuteAsync(Cmd("DELETE FROM security_user_roles WHERE user_name = @name", new { name }, cancellationToken, tx)).ConfigureAwait(false);
        foreach (var role in roles.Distinct(StringComparer.Ordinal))
        {
            await c.ExecuteAsync(Cmd("INSERT INTO security_user_roles (user_name, role) VALUES (@name, @role)", new { name, role }, cancellationToken, tx)).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<Grant>> ListGrantsAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<GrantRow>(Cmd("SELECT id AS Id, subject_is_role AS SubjectIsRole, subject_name AS SubjectName, scope AS Scope, rights AS Rights, schedule AS Schedule FROM security_grants ORDER BY id", null, cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(ToGrant)];
    }

    public async Task<Grant> AddGrantAsync(GrantSubject subject, GrantScope scope, Rights rights, WeeklySchedule schedule, string createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(schedule);
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = IsSqlite
            ? "INSERT INTO security_grants (subject_is_role, subject_name, scope, rights, schedule, created_by, created_at) VALUES (@isRole, @subjectName, @scope, @rights, @schedule, @createdBy, @at) RETURNING id"
            : "INSERT INTO security_grants (subject_is_role, subject_name, scope, rights, schedule, created_by, created_at) OUTPUT INSERTED.id VALUES (@isRole, @subjectName, @scope, @rights, @schedule, @createdBy, @at)";
        var id = await c.ExecuteScalarAsync<long>(Cmd(sql, new
        {
            isRole = subject.IsRole ? 1 : 0,
            subjectName = subject.Name,
            scope = scope.ToString(),
            rights = (int)rights,
            schedule = schedule.ToString(),
            createdBy,
            at = DbInstant.Write(now),
        }, cancellationToken)).ConfigureAwait(false);
        return new Grant(id, subject, scope, rights, schedule);
    }

    public async Task<bool> RemoveGrantAsync(long id, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await c.ExecuteAsync(Cmd("DELETE FROM security_grants WHERE id = @id", new { id }, cancellationToken)).ConfigureAwait(false) > 0;
    }

    private UserAccount ToAccount(UserRow row, IEnumerable<string> roles)
    {
        DigestSecrets? digest = null;
        if (row.DigestRealm is not null && secrets.Unprotect(row.DigestSecret) is { } plain && plain.Split(':') is [var md5, var sha])
        {
            digest = new DigestSecrets(row.DigestRealm, md5, sha);
        }

        return new UserAccount(row.Name, row.DisplayName, roles.ToHashSet(StringComparer.Ordinal), row.Disabled != 0, row.PasswordHash, digest);
    }

    private static Grant ToGrant(GrantRow r)
    {
        var subject = r.SubjectIsRole != 0 ? GrantSubject.Role(r.SubjectName) : GrantSubject.User(r.SubjectName);

        // a row that no longer parses (edited by hand) grants nothing: fail closed
        return GrantScope.TryParse(r.Scope, out var scope) && WeeklySchedule.TryParse(r.Schedule, out var schedule, out _)
            ? new Grant(r.Id, subject, scope, (Rights)r.Rights, schedule)
            : new Grant(r.Id, subject, GrantScope.Camera(string.Empty), Rights.None, WeeklySchedule.Always);
    }

    private CommandDefinition Cmd(string sql, object? parameters, CancellationToken cancellationToken, DbTransaction? tx = null) =>
        new(sql, parameters, tx, database.CommandTimeoutSeconds, cancellationToken: cancellationToken);

    private sealed class UserRow
    {
        public string Name { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public string? PasswordHash { get; set; }

        public string? DigestRealm { get; set; }

        public string? DigestSecret { get; set; }

        public long Disabled { get; set; }
    }

    private sealed class GrantRow
    {
        public long Id { get; set; }

        public long SubjectIsRole { get; set; }

        public string SubjectName { get; set; } = string.Empty;

        public string Scope { get; set; } = string.Empty;

        public long Rights { get; set; }

        public string Schedule { get; set; } = string.Empty;
    }
}
