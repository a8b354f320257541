using Dapper;

namespace Vms.Host.Security;

public sealed partial class SecurityStore
{
    /// <summary>Stores a token's hash; returns its id.</summary>
    public async Task<long> AddTokenAsync(string tokenHash, string user, string label, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = IsSqlite
            ? "INSERT INTO security_tokens (token_hash, user_name, label, created_at, expires_at, revoked_at) VALUES (@tokenHash, @user, @label, @createdAt, @expiresAt, NULL) RETURNING id"
            : "INSERT INTO security_tokens (token_hash, user_name, label, created_at, expires_at, revoked_at) OUTPUT INSERTED.id VALUES (@tokenHash, @user, @label, @createdAt, @expiresAt, NULL)";
        return await c.ExecuteScalarAsync<long>(Cmd(sql, new { tokenHash, user, label, createdAt = DbInstant.Write(createdAt), expiresAt = DbInstant.Write(expiresAt) }, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<ApiTokenInfo?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QuerySingleOrDefaultAsync<TokenRow>(Cmd(TokenSelect + " WHERE token_hash = @tokenHash", new { tokenHash }, cancellationToken)).ConfigureAwait(false);
        return row?.ToInfo();
    }

    public async Task<IReadOnlyList<ApiTokenInfo>> ListTokensAsync(string? user, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<TokenRow>(Cmd(TokenSelect + (user is null ? string.Empty : " WHERE user_name = @user") + " ORDER BY id", new { user }, cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToInfo())];
    }

    public async Task<ApiTokenInfo?> GetTokenAsync(long id, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QuerySingleOrDefaultAsync<TokenRow>(Cmd(TokenSelect + " WHERE id = @id", new { id }, cancellationToken)).ConfigureAwait(false);
        return row?.ToInfo();
    }

    /// <summary>Marks a token revoked; false when unknown or already revoked.</summary>
    public async Task<bool> RevokeTokenAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await c.ExecuteAsync(Cmd("UPDATE security_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL", new { id, at = DbInstant.Write(now) }, cancellationToken)).ConfigureAwait(false) > 0;
    }

    private const string TokenSelect = "SELECT id AS Id, user_name AS UserName, label AS Label, created_at AS CreatedAt, expires_at AS ExpiresAt, revoked_at AS RevokedAt FROM security_tokens";

    private sealed class TokenRow
    {
        public long Id { get; set; }

        public string UserName { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;

        public string CreatedAt { get; set; } = string.Empty;

        public string ExpiresAt { get; set; } = string.Empty;

        public string? RevokedAt { get; set; }

        public ApiTokenInfo ToInfo() => new(Id, UserName, Label, DbInstant.Read(CreatedAt), DbInstant.Read(ExpiresAt), DbInstant.ReadNullable(RevokedAt));
    }
}
