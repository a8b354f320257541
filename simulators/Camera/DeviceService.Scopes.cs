using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>Get/Set/Add/RemoveScopes: fixed scopes cannot be changed; every change is announced (Hello).</summary>
internal static partial class DeviceService
{
    private static void RegisterScopes(SimulatedCamera camera, SoapDispatcher d)
    {
        OnvifHandlers.Add<GetScopes>(d, OnvifAccessClass.ReadSystem, (_, _) => new GetScopesResponse(
            [.. camera.AllScopes().Select(s => new Scope(s.Fixed ? ScopeDefinition.Fixed : ScopeDefinition.Configurable, s.Scope))]).ToXml());

        OnvifHandlers.AddAsync<SetScopes>(d, OnvifAccessClass.WriteSystem, async (r, c) =>
        {
            var scopes = CheckScopes(camera, r.Scopes);
            camera.Change(s => s.Scopes = scopes);
            await camera.AnnounceChangeAsync(c.CancellationToken).ConfigureAwait(false);
            return new SetScopesResponse().ToXml();
        });

        OnvifHandlers.AddAsync<AddScopes>(d, OnvifAccessClass.WriteSystem, async (r, c) =>
        {
            var added = CheckScopes(camera, r.ScopeItems);
            camera.Change(s =>
            {
                var all = s.Scopes.Concat(added.Where(a => !s.Scopes.Contains(a))).ToList();
                if (all.Count > MaxScopes)
                {
                    throw OnvifHandlers.Fault(OnvifFault.ActionFailed(OnvifFaultCodes.TooManyScopes), $"at most {MaxScopes} configurable scopes");
                }

                s.Scopes = all;
            });
            await camera.AnnounceChangeAsync(c.CancellationToken).ConfigureAwait(false);
            return new AddScopesResponse().ToXml();
        });

        OnvifHandlers.AddAsync<RemoveScopes>(d, OnvifAccessClass.WriteSystem, async (r, c) =>
        {
            var fixedScopes = camera.AllScopes().Where(s => s.Fixed).Select(s => s.Scope).ToHashSet();
            camera.Change(s =>
            {
                foreach (var item in r.ScopeItems)
                {
                    if (fixedScopes.Contains(item))
                    {
                        throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.FixedScope), $"'{item}' is a fixed scope");
                    }

                    if (!s.Scopes.Contains(item))
                    {
                        throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NoScope), $"'{item}' is not a scope of this device");
                    }
                }

                s.Scopes = [.. s.Scopes.Where(x => !r.ScopeItems.Contains(x))];
            });
            await camera.AnnounceChangeAsync(c.CancellationToken).ConfigureAwait(false);
            return new RemoveScopesResponse(r.ScopeItems).ToXml();
        });
    }

    private static List<string> CheckScopes(SimulatedCamera camera, IReadOnlyList<string> scopes)
    {
        if (scopes.Count > MaxScopes)
        {
            throw OnvifHandlers.Fault(OnvifFault.ActionFailed(OnvifFaultCodes.TooManyScopes), $"at most {MaxScopes} configurable scopes");
        }

        var fixedScopes = camera.AllScopes().Where(s => s.Fixed).Select(s => s.Scope).ToHashSet();
        var result = new List<string>();
        foreach (var scope in scopes.Select(s => s.Trim()))
        {
            if (scope.Length == 0 || scope.Length > 512 || !Uri.TryCreate(scope, UriKind.Absolute, out _))
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.EmptyScope), "a scope must be a non-empty absolute URI");
            }

            if (fixedScopes.Contains(scope))
            {
                throw OnvifHandlers.Fault(OnvifFault.OperationProhibited(OnvifFaultCodes.FixedScope), $"'{scope}' is a fixed scope");
            }

            if (!result.Contains(scope))
            {
                result.Add(scope);
            }
        }

        return result;
    }
}
