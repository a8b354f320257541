using System.Text.Json;
using Vms.Host.Requisitions;

namespace Vms.Host.Cli.Verbs.Security;

/// <summary><c>vms subject-request --camera C... --from T1 --to T2 [--format text|html|json]</c>: recordings that exist or their destruction proof.</summary>
internal sealed class SubjectRequestVerb : IVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Name => "subject-request";

    public string Summary => "subject-request --camera C --from T1 --to T2 [--format text|html|json]: existing spans or destruction proof";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var a = CommandArguments.Parse(args);
        var cameras = a.Options("camera");
        var from = a.InstantOption("from") ?? throw new CommandLineException("--from is required");
        var to = a.InstantOption("to") ?? throw new CommandLineException("--to is required");
        var format = a.Option("format") ?? "text";
        _ = a.Option("data");
        _ = a.Options("root");
        a.ThrowIfUnknown();
        await using var cli = await SecurityCli.OpenAsync(a, withRecordings: true, cancellationToken).ConfigureAwait(false);
        try
        {
            var report = await cli.Get<SubjectRequestService>().AnswerAsync(cameras, from, to, SecurityCli.Actor, null, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteAsync(format switch
            {
                "json" => JsonSerializer.Serialize(report, Json),
                "html" => report.ToHtml(),
                "text" => report.ToText(),
                _ => throw new CommandLineException("--format is text, html or json"),
            }).ConfigureAwait(false);
            return report.Journal.Intact ? CommandLine.Ok : CommandLine.Failed;
        }
        catch (RequisitionException e)
        {
            throw new VerbFailedException(e.Message);
        }
    }
}
