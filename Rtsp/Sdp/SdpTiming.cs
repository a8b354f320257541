using System.Globalization;

namespace Vms.Rtsp.Sdp;

/// <summary>A <c>t=</c> line (NTP start and stop seconds, <c>0 0</c> = unbounded) with its <c>r=</c> lines as text.</summary>
public sealed class SdpTiming
{
    public SdpTiming(ulong start = 0, ulong stop = 0)
    {
        Start = start;
        Stop = stop;
    }

    public ulong Start { get; }

    public ulong Stop { get; }

    /// <summary>The <c>r=</c> lines that follow, verbatim.</summary>
    public List<string> Repeats { get; } = [];

    public override string ToString() =>
        Start.ToString(CultureInfo.InvariantCulture) + " " + Stop.ToString(CultureInfo.InvariantCulture);

    /// <summary>Lenient: unreadable numbers become 0.</summary>
    internal static SdpTiming Parse(string text)
    {
        var f = SdpText.Fields(text);
        static ulong Number(string[] f, int i) =>
            f.Length > i && ulong.TryParse(f[i], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        return new SdpTiming(Number(f, 0), Number(f, 1));
    }
}
