using Vms.Host.Exports;

namespace Vms.Host.Cli.Verbs.Security;

/// <summary><c>vms verify-export DIR [--public-key site.pub.pem]</c>: hashes, manifest and site signature; exit 0 only when valid.</summary>
internal sealed class VerifyExportVerb : IVerb
{
    public string Name => "verify-export";

    public string Summary => "verify-export DIR [--public-key PEM]: checks an export's files, manifest and signature";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var a = CommandArguments.Parse(args);
        var folder = a.Positionals.Count == 1 ? a.Positionals[0] : throw new CommandLineException("give the export folder");
        var keyPath = a.Option("public-key");
        a.ThrowIfUnknown();
        string? pem = null;
        if (keyPath is not null)
        {
            pem = File.Exists(keyPath) ? await File.ReadAllTextAsync(keyPath, cancellationToken).ConfigureAwait(false) : throw new VerbFailedException($"no public key file {keyPath}");
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
