namespace Vms.Rtsp.Transport;

/// <summary>Process-wide connection numbering for logs.</summary>
internal static class ConnectionIds
{
    private static long _next;

    public static string Next(char prefix) => prefix + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
