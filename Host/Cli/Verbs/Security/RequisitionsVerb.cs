using System.Globalization;
using Vms.Host.Requisitions;

namespace Vms.Host.Cli.Verbs.Security;

/// <summary>
/// <c>vms requisitions list [--all] | open --reference R --authority A --issued YYYY-MM-DD --camera C... --from T1 --to T2
/// --agent U... --expires T | close REFERENCE</c> (holds placed and released on the segment index).
/// </summary>
internal sealed class RequisitionsVerb : IVerb
{
    public string Name => "requisitions";

    public string Summary => "requisitions list [--all] | open --reference R --authority A --issued D --camera C --from T1 --to T2 --agent U --expires T | close REF";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var a = CommandArguments.Parse(args, "all");
        var sub = a.Positionals.Count > 0 ? a.Positionals[0] : throw new CommandLineException("say list, open or close");
        _ = a.Option("data");
        _ = a.Options("root");
        await using var cli = await SecurityCli.OpenAsync(a, withRecordings: sub != "list", cancellationToken).ConfigureAwait(false);
        switch (sub)
        {
            case "list":
                var all = a.Flag("all");
                a.ThrowIfUnknown();
                foreach (var r in await cli.Get<RequisitionStore>().ListAsync(all, cancellationToken).ConfigureAwait(false))
                {
                    var q = r.Requisition;
                    await console.Out.WriteLineAsync($"{q.Id,4} {q.Reference,-20} {q.Authority,-24} {string.Join(',', q.CameraIds)} {q.From:u}..{q.To:u} agents={string.Join(',', q.Agents)} expires={q.ExpiresAt:u} {(q.ClosedAt is null ? "open" : "closed")}").ConfigureAwait(false);
                }

                return CommandLine.Ok;
            case "open":
                var issued = a.RequiredOption("issued");
                var draft = new RequisitionDraft(
                    a.RequiredOption("reference"),
                    a.RequiredOption("authority"),
                    DateOnly.TryParseExact(issued, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new CommandLineException("--issued takes yyyy-mm-dd"),
                    a.Options("camera"),
                    a.InstantOption("from") ?? throw new CommandLineException("--from is required"),
                    a.InstantOption("to") ?? throw new CommandLineException("--to is required"),
                    a.Options("agent"),
                    a.InstantOption("expires") ?? throw new CommandLineException("--expires is required"));
                a.ThrowIfUnknown();
                try
                {
                    var opened = await cli.Get<RequisitionService>().OpenAsync(draft, SecurityCli.Actor, null, cancellationToken).ConfigureAwait(false);
                    await console.Out.WriteLineAsync($"requisition {opened.Requisition.Reference} open; legal holds {string.Join(',', opened.HoldIds)}").ConfigureAwait(false);
                    return CommandLine.Ok;
                }
                catch (RequisitionException e)
                {
                    throw new VerbFailedException(e.Message);
                }

            case "close":
                var reference = a.Positionals.Count == 2 ? a.Positionals[1] : throw new CommandLineException("give the reference");
                a.ThrowIfUnknown();
                var closed = await cli.Get<RequisitionService>().CloseAsync(reference, SecurityCli.Actor, null, cancellationToken).ConfigureAwait(false)
                    ?? throw new VerbFailedException($"no requisition '{reference}'");
                await console.Out.WriteLineAsync($"requisition {reference} closed; holds {string.Join(',', closed.HoldIds)} released").ConfigureAwait(false);
                return CommandLine.Ok;
            default:
                throw new CommandLineException($"unknown sub-verb '{sub}' (list, open, close)");
        }
    }
}
