namespace Vms.Rtsp.Transport;

/// <summary>Process-wide connection numbering for logs.</summary>
internal static class ConnectionIds
{
    private static long s_next;

    public static string Next(char prefix) => prefix + Interlocked.Increment(ref s_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
