using System.Diagnostics.CodeAnalysis;

namespace Vms.Rtsp.Headers;

/// <summary>The ONVIF replay Frames header: <c>all</c>, <c>predicted</c>, <c>intra</c> or <c>intra/&lt;ms&gt;</c>.</summary>
public sealed record FramesHeader(FramesMode Mode, int? IntervalMilliseconds = null)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out FramesHeader? header)
    {
        header = null;
        var s = text?.Trim().ToLowerInvariant();
        switch (s)
        {
            case "all":
                header = new FramesHeader(FramesMode.All);
                return true;
            case "predicted":
                header = new FramesHeader(FramesMode.Predicted);
                return true;
            case "intra":
                header = new FramesHeader(FramesMode.Intra);
                return true;
        }

        if (s is not null && s.StartsWith("intra/", StringComparison.Ordinal) && HeaderSyntax.TryParseInt(s[6..], out var ms))
        {
            header = new FramesHeader(FramesMode.Intra, ms);
            return true;
        }

        return false;
    }

    public string Format() => Mode switch
    {
        FramesMode.Intra when IntervalMilliseconds is { } ms => "intra/" + HeaderSyntax.Format(ms),
        FramesMode.Intra => "intra",
        FramesMode.Predicted => "predicted",
        _ => "all",
    };

    public override string ToString() => Format();
}
