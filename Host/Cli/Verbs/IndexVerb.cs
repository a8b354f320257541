using Microsoft.Extensions.Logging.Abstractions;
using Vms.Host.Options;
using Vms.Host.Recording;
using Vms.Storage.Index;
using Vms.Storage.Segments;

namespace Vms.Host.Cli.Verbs;

/// <summary>
/// <c>vms index rebuild [--Vms:DataFolder=DIR] [--Vms:Index:...]</c>: rebuilds the segment index from the segment
/// files alone (the files are the truth): segments a crash left open are finished first, then every file is
/// re-read and its row rewritten, and rows without a file are removed and journalled. Run it with the service
/// stopped. Settings come from appsettings.json, environment variables and <c>--Vms:Key=value</c> as for <c>run</c>.
/// </summary>
internal sealed class IndexVerb : IVerb
{
    public string Name => "index";

    public string Summary => "index rebuild: rebuild the recordings index from the segment files (service stopped)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Count == 0 || args[0] != "rebuild")
        {
            throw new CommandLineException("usage: vms index rebuild [--Vms:DataFolder=DIR]");
        }

        var settings = args.Skip(1).ToArray();
        if (settings.FirstOrDefault(a => !a.StartsWith("--Vms:", StringComparison.Ordinal) || !a.Contains('=', StringComparison.Ordinal)) is { } unknown)
        {
            throw new CommandLineException($"unexpected argument '{unknown}' (settings are given as --Vms:Key=value)");
        }

        var options = LoadOptions(settings);
        var segments = Path.GetFullPath(Path.Combine(options.DataFolder, RecordingStorage.SegmentsFolderName));
        if (!Directory.Exists(segments))
        {
            throw new VerbFailedException($"no segment folder at {segments}");
        }

        var time = TimeProvider.System;
        var store = new SegmentStore(segments);
        var recovery = await new SegmentRecovery(store, NullLogger<SegmentRecovery>.Instance).RecoverAsync(cancellationToken).ConfigureAwait(false);
        var files = new FileSystemSegmentFiles([new StorageRoot(RecordingStorage.RootName, segments)]);
        ReconcileReport report;
        try
        {
            await using var index = await SegmentIndexFactory.OpenAsync(RecordingStorage.IndexOptions(options), time, NullLoggerFactory.Instance, cancellationToken).ConfigureAwait(false);
            var rebuilder = new IndexRebuilder(index, files, new StoreSegmentInfoReader(files), time, NullLogger<IndexRebuilder>.Instance);
            report = await rebuilder.RebuildAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SegmentIndexException e)
        {
            throw new VerbFailedException("the index cannot be opened: " + e.Message);
        }

        var w = console.Out;
        await w.WriteLineAsync($"segments folder: {segments}").ConfigureAwait(false);
        await w.WriteLineAsync($"recovered (left open by a crash): {recovery.Recovered.Count}, unrecoverable removed: {recovery.Removed.Count}").ConfigureAwait(false);
        await w.WriteLineAsync($"files: {report.FilesSeen}, indexed: {report.Added + report.Updated} (new {report.Added}, re-read {report.Updated}), rows without file removed: {report.Removed}, unreadable: {report.Unreadable.Count}").ConfigureAwait(false);
        foreach (var (root, path, reason) in report.Unreadable.Take(20))
        {
            await w.WriteLineAsync($"  unreadable {root}:{path}: {reason}").ConfigureAwait(false);
        }

        await w.WriteLineAsync($"elapsed: {report.Elapsed.TotalSeconds:0.0} s").ConfigureAwait(false);
        return report.Unreadable.Count == 0 ? CommandLine.Ok : CommandLine.Failed;
    }

    private static VmsOptions LoadOptions(string[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settings)
            .Build();
        var options = new VmsOptions();
        configuration.GetSection(VmsOptions.SectionName).Bind(options);
        var validation = new VmsOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new CommandLineException(string.Join("; ", validation.Failures!));
        }

        return options;
    }
}
