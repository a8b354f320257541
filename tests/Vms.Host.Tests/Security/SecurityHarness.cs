using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vms.Host.Audit;
using Vms.Host.Composition;
using Vms.Host.Data;
using Vms.Host.Options;
using Vms.Host.Security;
using Vms.Storage.Index;
using Vms.TestSupport;

namespace Vms.Host.Tests.Security;

/// <summary>The security services over a fresh SQLite service database and segment index in a temporary folder, on a manual clock.</summary>
internal sealed class SecurityHarness : IAsyncDisposable
{
    public const string Root = "r1";
    private readonly ServiceProvider _services;

    private SecurityHarness(string folder, ServiceProvider services, ManualTimeProvider clock)
    {
        Folder = folder;
        _services = services;
        Clock = clock;
    }

    public string Folder { get; }

    public ManualTimeProvider Clock { get; }

    public IServiceProvider Services => _services;

    public IAccessGate Gate => _services.GetRequiredService<IAccessGate>();

    public IAuditLog Audit => _services.GetRequiredService<IAuditLog>();

    public UserAdministration Users => _services.GetRequiredService<UserAdministration>();

    public ISegmentIndex Index => _services.GetRequiredService<ISegmentIndex>();

    public FileSystemSegmentFiles Files => (FileSystemSegmentFiles)_services.GetRequiredService<ISegmentFiles>();

    public string DatabasePath => Path.Combine(Folder, "data", HostDatabaseOptions.SqliteFileName);

    public static async Task<SecurityHarness> CreateAsync(DateTimeOffset now, ILoggerFactory? loggers = null)
    {
        var folder = Directory.CreateTempSubdirectory("vms-security-").FullName;
        var clock = new ManualTimeProvider(now);
        var services = new ServiceCollection();
        services.AddLogging();
        if (loggers is not null)
        {
            services.AddSingleton(loggers);
        }

        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new VmsOptions { DataFolder = Path.Combine(folder, "data"), TimeZone = "Europe/Paris", Http = new HttpApiOptions { Port = 0 } }));
        services.AddSingleton(HostDatabaseOptions.ForSqliteFolder(Path.Combine(folder, "data")));
        services.AddSingleton<HostDatabase>();
        var index = await SqlSegmentIndex.OpenAsync(SegmentIndexOptions.ForSqliteFolder(Path.Combine(folder, "data")), clock, loggers ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, CancellationToken.None);
        services.AddSingleton<ISegmentIndex>(index);
        services.AddSingleton<ISegmentFiles>(new FileSystemSegmentFiles([new StorageRoot(Root, Path.Combine(folder, Root))]));
        SecurityServices.Register(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<HostDatabase>().MigrateAsync(CancellationToken.None);
        return new SecurityHarness(folder, provider, clock);
    }

    /// <summary>Creates a user with roles and a password.</summary>
    public async Task AddUserAsync(string name, string password, params string[] roles)
    {
        Assert.True(await Users.AddUserAsync("admin", name, null, roles, CancellationToken.None));
        Assert.True(await Users.SetPasswordAsync("admin", name, password, CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(Folder, recursive: true);
    }
}
