namespace Vms.Host.Options;

/// <summary><c>vms run --demo N</c>: N simulated cameras started in-process, discovered and adopted.</summary>
public sealed class DemoOptions
{
    public int Cameras { get; set; }
}
