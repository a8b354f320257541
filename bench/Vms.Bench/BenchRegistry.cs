namespace Vms.Bench;

/// <summary>The list of benchmarks; each area adds one line here.</summary>
internal static partial class BenchRegistry
{
    public static void RegisterAll()
    {
    }
}
