namespace Vms.Rtsp.Sdp;

/// <summary>Field splitting and line validation shared by the SDP reader and writer.</summary>
internal static class SdpText
{
    public static string[] Fields(string text) =>
        text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Throws when a value would break the line structure.</summary>
    public static string CheckValue(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new ArgumentException($"SDP {what} must not contain CR, LF or NUL.", what);
        }

        return value;
    }

    /// <summary>Throws when a field that is separated by spaces holds a space or is empty.</summary>
    public static string CheckField(string value, string what)
    {
        CheckValue(value, what);
        if (value.Length == 0 || value.AsSpan().IndexOfAny(' ', '\t') >= 0)
        {
            throw new ArgumentException($"SDP {what} must be one non-empty word.", what);
        }

        return value;
    }
}
