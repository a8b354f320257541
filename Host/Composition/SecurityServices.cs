using Microsoft.Extensions.Options;
using Vms.Host.Audit;
using Vms.Host.Exports;
using Vms.Host.Options;
using Vms.Host.Requisitions;
using Vms.Host.Security;

namespace Vms.Host.Composition;

/// <summary>
/// Registers the security feature (called by <see cref="VmsServiceCollectionExtensions.AddVms"/>): the access
/// gate (<see cref="IAccessGate"/>), the audit log (<see cref="IAuditLog"/>), users, grants, requisitions, the site
/// keys in <c>&lt;DataFolder&gt;/keys</c>, signed exports and subject requests, and the first-start administrator.
/// </summary>
internal static class SecurityServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        Register(services);
        services.AddSingleton<Data.IHostChangeFollower, SecurityChangeFollower>();
        services.AddHostedService<SecurityBootstrap>();
    }

    /// <summary>The services without the hosted ones (the CLI uses them on the database directly).</summary>
    internal static void Register(IServiceCollection services)
    {
        services.AddSingleton(sp => new AccessPolicy(SiteZone(sp.GetRequiredService<IOptions<VmsOptions>>().Value.TimeZone)));
        services.AddSingleton(sp => new LoginThrottle(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(_ => new PasswordHasher());
        services.AddSingleton(sp => SecretProtector.LoadOrCreate(KeysFolder(sp)));
        services.AddSingleton(sp => SiteSigningKey.LoadOrCreate(KeysFolder(sp)));
        services.AddSingleton<SecurityStore>();
        services.AddSingleton<RequisitionStore>();
        services.AddSingleton<SqlAuditLog>();
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<SqlAuditLog>());
        services.AddSingleton<LiveAccessMonitor>();
        services.AddSingleton<AccessGate>();
        services.AddSingleton<IAccessGate>(sp => sp.GetRequiredService<AccessGate>());
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<RecordingAccess>();
        services.AddSingleton<RequisitionService>();
        services.AddSingleton<SignedExportService>();
        services.AddSingleton<Api.Exports.ExportJobs>();
        services.AddSingleton<SubjectRequestService>();
    }

    internal static string KeysFolder(IServiceProvider services) =>
        Path.Combine(Path.GetFullPath(services.GetRequiredService<IOptions<VmsOptions>>().Value.DataFolder), SecurityOptions.KeysFolder);

    /// <summary>The site zone by IANA id (Windows ids work too); UTC when unknown, which the options validator should have refused.</summary>
    internal static TimeZoneInfo SiteZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
