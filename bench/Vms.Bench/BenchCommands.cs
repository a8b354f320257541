namespace Vms.Bench;

/// <summary>Dispatches <c>dotnet run --project bench/Vms.Bench -c Release -- &lt;benchmark&gt;</c>.</summary>
internal static class BenchCommands
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benchmarks = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers a benchmark entry point under a name.</summary>
    internal static void Register(string name, Func<string[], Task<int>> run) => Benchmarks[name] = run;

    public static async Task<int> RunAsync(string[] args)
    {
        BenchRegistry.RegisterAll();
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var run))
        {
            Console.Error.WriteLine("usage: Vms.Bench <" + string.Join("|", Benchmarks.Keys.Order()) + "> [options]");
            return 2;
        }

        return await run(args[1..]).ConfigureAwait(false);
    }
}
