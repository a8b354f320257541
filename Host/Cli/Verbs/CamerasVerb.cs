using System.Text.Json;
using Vms.Host.Cameras;
using Vms.Host.Cameras.Adoption;
using Vms.Host.Cameras.Registry;
using Vms.Host.Composition;
using Vms.Host.Data;
using Vms.Onvif.Client;

namespace Vms.Host.Cli.Verbs;

/// <summary>
/// <c>vms cameras list [--json] | add URL [--user U --password P] [--id ID] [--name N] [--location L] [--group G] | remove ID</c>:
/// the camera registry through the same services as the running service, on the database its configuration names
/// (appsettings.json, environment variables, <c>--Vms:Key=value</c>). A running service picks up changes at its next start.
/// </summary>
internal sealed class CamerasVerb : IVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Name => "cameras";

    public string Summary => "cameras list [--json] | add URL [--user U --password P] [--id ID] [--name N] [--location L] [--group G] | remove ID";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var settings = args.Where(IsSetting).ToArray();
        var a = CommandArguments.Parse([.. args.Where(x => !IsSetting(x))], "json");
        if (a.Positionals.Count == 0)
        {
            throw new CommandLineException("usage: vms " + Summary);
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVms(configuration);
        await using var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<HostDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HostDatabaseException e)
        {
            throw new VerbFailedException(e.Message, e);
        }

        var registry = provider.GetRequiredService<CameraRegistry>();
        return a.Positionals[0] switch
        {
            "list" => await ListAsync(a, registry, console, cancellationToken).ConfigureAwait(false),
            "add" => await AddAsync(a, provider, console, cancellationToken).ConfigureAwait(false),
            "remove" => await RemoveAsync(a, provider, registry, console, cancellationToken).ConfigureAwait(false),
            var other => throw new CommandLineException($"unknown cameras command '{other}' (list, add, remove)"),
        };
    }

    private static bool IsSetting(string arg) => arg.StartsWith("--Vms:", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    private static async Task<int> ListAsync(CommandArguments a, CameraRegistry registry, CommandConsole console, CancellationToken cancellationToken)
    {
        var json = a.Flag("json");
        a.ThrowIfUnknown();
        var cameras = await registry.ListRecordsAsync(cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(cameras, Json)).ConfigureAwait(false);
            return CommandLine.Ok;
        }

        await console.Out.WriteLineAsync($"{"ID",-24} {"NAME",-28} {"LOCATION",-16} {"GROUP",-12} {"REC",-4} DEVICE").ConfigureAwait(false);
        foreach (var c in cameras)
        {
            await console.Out.WriteLineAsync($"{c.Id,-24} {c.Name,-28} {c.Location ?? "-",-16} {c.Group ?? "-",-12} {(c.RecordingEnabled ? "on" : "off"),-4} {c.DeviceService}").ConfigureAwait(false);
        }

        return CommandLine.Ok;
    }

    private static async Task<int> AddAsync(CommandArguments a, IServiceProvider provider, CommandConsole console, CancellationToken cancellationToken)
    {
        var user = a.Option("user");
        var password = a.Option("password");
        var id = a.Option("id");
        var name = a.Option("name");
        var location = a.Option("location");
        var group = a.Option("group");
        a.ThrowIfUnknown();
        if (a.Positionals.Count != 2 || !Uri.TryCreate(a.Positionals[1], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new CommandLineException("usage: vms cameras add http://CAMERA[/onvif/device_service] [--user U --password P] [--id ID] [--name N] [--location L] [--group G]");
        }

        if ((user is null) != (password is null))
        {
            throw new CommandLineException("--user and --password go together");
        }

        if (id is not null && !CameraIds.IsValid(id))
        {
            throw new CommandLineException($"--id '{id}': ids are 1-64 characters a-z, 0-9 and '-'");
        }

        if (url.AbsolutePath is "" or "/")
        {
            url = new Uri(url, "/onvif/device_service");
        }

        var request = new CameraAdoptionRequest
        {
            DeviceService = url,
            Credentials = user is null ? [] : [new OnvifCredentials(user, password!)],
            Id = id,
            Name = name,
            Location = location,
            Group = group,
        };
        CameraRecord record;
        try
        {
            record = await provider.GetRequiredService<CameraAdoption>().AdoptAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CameraAdoptionException or CameraConflictException or CameraValidationException)
        {
            throw new VerbFailedException(OnvifVerbErrors.OneLine(e.Message), e);
        }

        await AuditAsync(provider, "camera.add", record.Id, record.DeviceService.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        await console.Out.WriteLineAsync($"added {record.Id}: {record.Name} ({record.Manufacturer} {record.Model}), main {record.MainProfile}, sub {record.SubProfile ?? "none"}, {record.Encoder.FrameRate} fps").ConfigureAwait(false);
        return CommandLine.Ok;
    }

    private static async Task<int> RemoveAsync(CommandArguments a, IServiceProvider provider, CameraRegistry registry, CommandConsole console, CancellationToken cancellationToken)
    {
        a.ThrowIfUnknown();
        if (a.Positionals.Count != 2)
        {
            throw new CommandLineException("usage: vms cameras remove ID");
        }

        var id = a.Positionals[1];
        if (!await registry.RemoveAsync(id, cancellationToken).ConfigureAwait(false))
        {
            throw new VerbFailedException($"no camera '{id}'");
        }

        await AuditAsync(provider, "camera.remove", id, null, cancellationToken).ConfigureAwait(false);
        await console.Out.WriteLineAsync($"removed {id}").ConfigureAwait(false);
        return CommandLine.Ok;
    }

    private static ValueTask AuditAsync(IServiceProvider provider, string action, string cameraId, string? detail, CancellationToken cancellationToken) =>
        provider.GetRequiredService<ICameraAudit>().RecordAsync(new CameraAuditEntry(action, cameraId, detail, "cli:" + Environment.UserName), cancellationToken);
}
