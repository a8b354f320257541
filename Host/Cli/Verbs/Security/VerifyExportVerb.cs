using Vms.Host.Exports;

namespace Vms.Host.Cli.Verbs.Security;

/// <summary>
/// <c>vms verify-export DIR [--public-key site.pub.pem] [--data DIR]</c>: hashes, manifest and site signature; exit 0 only
/// when valid. Without <c>--public-key</c>, on the site's server, the signature is checked with the site's own public
/// key (<c>DATA/keys/site.pub.pem</c>, data folder <c>data</c> unless <c>--data</c>), and the output says so.
/// </summary>
internal sealed class VerifyExportVerb : IVerb
{
    public string Name => "verify-export";

    public string Summary => "verify-export DIR [--public-key PEM] [--data DIR]: checks an export's files, manifest and signature (default key: this site's)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var a = CommandArguments.Parse(args);
        var folder = a.Positionals.Count == 1 ? a.Positionals[0] : throw new CommandLineException("give the export folder");
        var keyPath = a.Option("public-key");
        var data = a.Option("data") ?? "data";
        a.ThrowIfUnknown();
        string? pem = null;
        if (keyPath is not null)
        {
            pem = File.Exists(keyPath) ? await File.ReadAllTextAsync(keyPath, cancellationToken).ConfigureAwait(false) : throw new VerbFailedException($"no public key file {keyPath}");
        }
        else if (Path.Combine(data, "keys", SiteSigningKey.PublicKeyFileName) is var siteKey && File.Exists(siteKey))
        {
            pem = await File.ReadAllTextAsync(siteKey, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"note: no --public-key: checking the signature with this site's key {Path.GetFullPath(siteKey)}").ConfigureAwait(false);
        }

        var result = await SignedExportVerifier.VerifyAsync(folder, pem, cancellationToken).ConfigureAwait(false);
        foreach (var note in result.Notes)
        {
            await console.Out.WriteLineAsync("note: " + note).ConfigureAwait(false);
        }

        foreach (var problem in result.Problems)
        {
            await console.Out.WriteLineAsync("problem: " + problem).ConfigureAwait(false);
        }

        await console.Out.WriteLineAsync(result.IsValid ? "export valid" : "export INVALID").ConfigureAwait(false);
        return result.IsValid ? CommandLine.Ok : CommandLine.Failed;
    }
}
