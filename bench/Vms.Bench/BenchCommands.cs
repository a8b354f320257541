namespace Vms.Bench;

/// <summary>Dispatches <c>dotnet run --project bench/Vms.Bench -c Release -- &lt;benchmark&gt; [options]</c>.</summary>
internal static class BenchCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        // every IBenchmark in this assembly is a command; no list to edit when one is added
        var benchmarks = typeof(BenchCommands).Assembly.GetTypes()
            .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
            .ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);

        if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var bench))
        {
            Console.Error.WriteLine("usage: Vms.Bench <benchmark> [options]");
            foreach (var b in benchmarks.Values.OrderBy(b => b.Name))
            {
                Console.Error.WriteLine($"  {b.Name,-24} {b.Description}");
            }

            return 2;
        }

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        return await bench.RunAsync(args[1..], cts.Token).ConfigureAwait(false);
    }
}
