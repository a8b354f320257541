using Vms.Host.Composition;
using Vms.Host.Data;
using Vms.Host.Options;
using Vms.Storage.Index;

namespace Vms.Host.Cli.Verbs.Security;

/// <summary>
/// The security services on the site's database, for CLI verbs run on the server (<c>--data DIR</c>, default
/// <c>data</c>, whose <c>segments</c> folder is the service's recordings; <c>--root NAME=PATH</c> names other segment roots for exports and subject requests). The CLI acts as
/// the local administrator (<c>cli</c> in the audit log): whoever can run it can read the database file anyway.
/// </summary>
internal sealed class SecurityCli : IAsyncDisposable
{
    public const string Actor = "cli";
    private readonly ServiceProvider _services;

    private SecurityCli(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static async Task<SecurityCli> OpenAsync(CommandArguments args, bool withRecordings, CancellationToken cancellationToken)
    {
        var data = Path.GetFullPath(args.Option("data") ?? "data");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new VmsOptions { DataFolder = data }));
        services.AddSingleton(HostDatabaseOptions.ForSqliteFolder(data));
        services.AddSingleton<HostDatabase>();
        if (withRecordings)
        {
            var roots = args.Options("root").Select(ParseRoot).ToList();
            services.AddSingleton<ISegmentFiles>(new FileSystemSegmentFiles(roots.Count > 0 ? roots : [new StorageRoot(Vms.Host.Recording.RecordingStorage.RootName, Path.Combine(data, "segments"))]));
            var index = await SegmentIndexFactory.OpenAsync(SegmentIndexOptions.ForSqliteFolder(data), TimeProvider.System, null, cancellationToken).ConfigureAwait(false);
            services.AddSingleton<ISegmentIndex>(index);
        }

        SecurityServices.Register(services);
        var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<HostDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);

            // the same first-start rule as the service: a site without users gets 'admin' without a password
            await Vms.Host.Security.SecurityBootstrap.EnsureAdministratorAsync(
                provider.GetRequiredService<Vms.Host.Security.SecurityStore>(),
                provider.GetRequiredService<Vms.Host.Audit.IAuditLog>(),
                TimeProvider.System,
                cancellationToken).ConfigureAwait(false);
        }
        catch (HostDatabaseException e)
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw new VerbFailedException(e.Message);
        }

        return new SecurityCli(provider);
    }

    private static StorageRoot ParseRoot(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 ? new StorageRoot(text[..eq], text[(eq + 1)..]) : throw new CommandLineException($"--root takes NAME=PATH, not '{text}'");
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
