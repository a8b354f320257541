namespace Vms.Storage.Tests.Support;

/// <summary>Expected bytes written as annotated hex: whitespace ignored, '#' starts a comment to the end of the line.</summary>
internal static class Hex
{
    public static byte[] Bytes(string annotated)
    {
        var digits = new System.Text.StringBuilder();
        foreach (var line in annotated.Split('\n'))
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var code = hash >= 0 ? line[..hash] : line;
            foreach (var c in code)
            {
                if (!char.IsWhiteSpace(c) && c != '|')
                {
                    digits.Append(c);
                }
            }
        }

        return Convert.FromHexString(digits.ToString());
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
