namespace Vms.Bench;

/// <summary>A benchmark or load harness run as <c>Vms.Bench &lt;Name&gt; [options]</c>.</summary>
internal interface IBenchmark
{
    /// <summary>The command-line name (e.g. <c>rtsp-fanout</c>).</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
