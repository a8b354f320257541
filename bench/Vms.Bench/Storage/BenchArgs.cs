using System.Globalization;

namespace Vms.Bench.Storage;

/// <summary>Tiny <c>--name value</c> / <c>--flag</c> parser for the storage benchmarks.</summary>
internal sealed class BenchArgs(string[] args)
{
    public int Int(string name, int fallback) =>
        Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string String(string name, string fallback) => Value(name) ?? fallback;

    public bool Flag(string name) => args.Contains("--" + name, StringComparer.Ordinal);

    private string? Value(string name)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
