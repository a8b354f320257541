using Vms.Onvif.Model.Device;

namespace Vms.Onvif.Client;

/// <summary>Scopes (name, location) and users.</summary>
public sealed partial class OnvifDevice
{
    private const string NamePrefix = "onvif://www.onvif.org/name/";
    private const string LocationPrefix = "onvif://www.onvif.org/location/";

    public Task<IReadOnlyList<Scope>> GetScopesAsync(CancellationToken cancellationToken) =>
        CallDeviceAsync<GetScopesResponse, IReadOnlyList<Scope>>(new GetScopes().ToXml(), r => r.Scopes, cancellationToken);

    /// <summary>
    /// Sets the name and/or location scopes. SetScopes replaces every configurable scope, so the configurable ones of
    /// other categories are sent back unchanged; fixed scopes are never sent (the device refuses to overwrite them).
    /// A null argument keeps the current value of that category. Returns the configurable scopes sent.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetScopesAsync(string? name, string? location, CancellationToken cancellationToken)
    {
        var current = await GetScopesAsync(cancellationToken).ConfigureAwait(false);
        var keep = current.Where(s => s.Definition == ScopeDefinition.Configurable)
            .Select(s => s.Item.Trim())
            .Where(s => !(name is not null && s.StartsWith(NamePrefix, StringComparison.OrdinalIgnoreCase)) &&
                        !(location is not null && s.StartsWith(LocationPrefix, StringComparison.OrdinalIgnoreCase)));
        var scopes = keep.ToList();
        if (name is not null)
        {
            scopes.Add(NamePrefix + Uri.EscapeDataString(name));
        }

        if (location is not null)
        {
            // "city/Lyon" keeps its slashes as sub-levels; each level is escaped on its own
            scopes.Add(LocationPrefix + string.Join('/', location.Split('/').Select(Uri.EscapeDataString)));
        }

        await CallDeviceAsync<SetScopesResponse, SetScopesResponse>(new SetScopes(scopes).ToXml(), r => r, cancellationToken).ConfigureAwait(false);
        return scopes;
    }

    public Task<IReadOnlyList<User>> GetUsersAsync(CancellationToken cancellationToken) =>
        CallDeviceAsync<GetUsersResponse, IReadOnlyList<User>>(new GetUsers().ToXml(), r => r.Users, cancellationToken);

    public Task CreateUsersAsync(IReadOnlyList<User> users, CancellationToken cancellationToken) =>
        CallDeviceAsync<CreateUsersResponse, CreateUsersResponse>(new CreateUsers(users).ToXml(), r => r, cancellationToken);

    public Task SetUserAsync(IReadOnlyList<User> users, CancellationToken cancellationToken) =>
        CallDeviceAsync<SetUserResponse, SetUserResponse>(new SetUser(users).ToXml(), r => r, cancellationToken);

    public Task DeleteUsersAsync(IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        CallDeviceAsync<DeleteUsersResponse, DeleteUsersResponse>(new DeleteUsers(usernames).ToXml(), r => r, cancellationToken);
}
