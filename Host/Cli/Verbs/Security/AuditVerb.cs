using Vms.Host.Audit;

namespace Vms.Host.Cli.Verbs.Security;

/// <summary><c>vms audit verify | list [--actor A] [--action X] [--target T] [--from T1] [--to T2] [--limit N]</c>.</summary>
internal sealed class AuditVerb : IVerb
{
    public string Name => "audit";

    public string Summary => "audit verify (checks the hash chain) | list [--actor A --action X --target T --from T1 --to T2] [--data DIR]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var a = CommandArguments.Parse(args);
        var sub = a.Positionals.Count > 0 ? a.Positionals[0] : throw new CommandLineException("say verify or list");
        var query = new AuditQuery(a.Option("actor"), a.Option("action"), a.Option("target"), a.InstantOption("from"), a.InstantOption("to"), 0, a.IntOption("limit", 1000, 1, 10_000));
        _ = a.Option("data");
        a.ThrowIfUnknown();
        await using var cli = await SecurityCli.OpenAsync(a, withRecordings: false, cancellationToken).ConfigureAwait(false);
        var audit = cli.Get<IAuditLog>();
        if (sub == "verify")
        {
            var broken = await audit.VerifyAsync(cancellationToken).ConfigureAwait(false);
            if (broken is not null)
            {
                await console.Out.WriteLineAsync($"BROKEN at entry {broken.Sequence}: {broken.Reason}").ConfigureAwait(false);
                return CommandLine.Failed;
            }

            await console.Out.WriteLineAsync("audit chain intact").ConfigureAwait(false);
            return CommandLine.Ok;
        }

        if (sub != "list")
        {
            throw new CommandLineException($"unknown sub-verb '{sub}' (verify, list)");
        }

        foreach (var e in await audit.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            await console.Out.WriteLineAsync($"{e.Sequence,6} {e.At:yyyy-MM-ddTHH:mm:ss.fffZ} {e.Actor,-12} {e.Action,-18} {e.Target,-24} {e.ClientAddress ?? "-",-15} {e.Details}").ConfigureAwait(false);
        }

        return CommandLine.Ok;
    }
}
