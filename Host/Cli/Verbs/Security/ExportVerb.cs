using Vms.Host.Exports;
using Vms.Host.Requisitions;
using Vms.Host.Security;

namespace Vms.Host.Cli.Verbs.Security;

/// <summary>
/// <c>vms export --camera X --from T1 --to T2 --requisition REF --out DIR --user AGENT [--stream main] [--root NAME=PATH]</c>:
/// a signed export, allowed only to a named agent of the open requisition (the agent's password is read from standard input).
/// </summary>
internal sealed class ExportVerb : IVerb
{
    public string Name => "export";

    public string Summary => "export --camera X --from T1 --to T2 --requisition REF --out DIR --user AGENT: signed evidence export";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var a = CommandArguments.Parse(args);
        var camera = a.RequiredOption("camera");
        var from = a.InstantOption("from") ?? throw new CommandLineException("--from is required");
        var to = a.InstantOption("to") ?? throw new CommandLineException("--to is required");
        var requisition = a.RequiredOption("requisition");
        var output = a.RequiredOption("out");
        var user = a.RequiredOption("user");
        var stream = a.Option("stream") ?? "main";
        _ = a.Option("data");
        _ = a.Options("root");
        a.ThrowIfUnknown();
        await using var cli = await SecurityCli.OpenAsync(a, withRecordings: true, cancellationToken).ConfigureAwait(false);
        await console.Error.WriteAsync($"password for {user}: ").ConfigureAwait(false);
        var password = await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty;
        var login = await cli.Get<IAccessGate>().AuthenticatePasswordAsync(user, password, "cli", cancellationToken).ConfigureAwait(false);
        if (!login.Succeeded)
        {
            throw new VerbFailedException(login.Reason);
        }

        try
        {
            var result = await cli.Get<SignedExportService>().ExportAsync(new SignedExportRequest(user, new CameraRef(camera, null), stream, from, to, requisition, output, "cli"), cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"exported {result.Manifest.Video.Frames} frames to {result.Folder} (signed, read-only); verify with: vms verify-export {result.Folder} --public-key site.pub.pem").ConfigureAwait(false);
            return CommandLine.Ok;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or RequisitionException or ArgumentException)
        {
            throw new VerbFailedException(e.Message);
        }
    }
}
