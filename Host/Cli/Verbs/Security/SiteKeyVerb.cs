using Vms.Host.Exports;

namespace Vms.Host.Cli.Verbs.Security;

/// <summary><c>vms site-key [--data DIR]</c>: prints the site's public key (PEM) that export signatures are checked with.</summary>
internal sealed class SiteKeyVerb : IVerb
{
    public string Name => "site-key";

    public string Summary => "site-key [--data DIR]: prints the public key (PEM) that verifies signed exports";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var a = CommandArguments.Parse(args);
        _ = a.Option("data");
        a.ThrowIfUnknown();
        await using var cli = await SecurityCli.OpenAsync(a, withRecordings: false, cancellationToken).ConfigureAwait(false);
        await console.Out.WriteAsync(cli.Get<SiteSigningKey>().PublicKeyPem).ConfigureAwait(false);
        await console.Out.WriteLineAsync().ConfigureAwait(false);
        return CommandLine.Ok;
    }
}
