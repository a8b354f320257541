namespace Vms.Simulators.Faults;

/// <summary>The wire names of <see cref="FaultKind"/> (control API path segment and fleet file <c>fault</c>).</summary>
public static class FaultNames
{
    private static readonly (FaultKind Kind, string Name)[] Names =
    [
        (FaultKind.Reboot, "reboot"),
        (FaultKind.RtspDrop, "rtsp-drop"),
        (FaultKind.Stall, "stall"),
        (FaultKind.PacketLoss, "packet-loss"),
        (FaultKind.ClockSkew, "clock-skew"),
        (FaultKind.RefuseCredentials, "refuse-credentials"),
        (FaultKind.SlowSoap, "slow-soap"),
        (FaultKind.CorruptNal, "corrupt-nal"),
    ];

    /// <summary>All names joined by <c>|</c> (for error messages and usage).</summary>
    public static string All { get; } = string.Join('|', Names.Select(n => n.Name));

    public static string ToName(this FaultKind kind) =>
        Array.Find(Names, n => n.Kind == kind).Name ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, null);

    public static bool TryParse(string? name, out FaultKind kind)
    {
        foreach (var n in Names)
        {
            if (string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                kind = n.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
