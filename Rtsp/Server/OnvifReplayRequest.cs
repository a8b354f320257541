using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

/// <summary>
/// The ONVIF replay side of requests (ONVIF Streaming Specification, "Playback"): the <c>onvif-replay</c> feature
/// tag, offered on playback paths only, and the PLAY headers <c>Rate-Control</c>, <c>Frames</c>, <c>Immediate</c>
/// and <c>Range: clock=start-end</c>.
/// </summary>
internal static class OnvifReplayRequest
{
    /// <summary>The feature tags this server knows (whether a resource offers them is decided per path).</summary>
    public static readonly string[] KnownFeatures = [RequireHeader.OnvifReplay];

    /// <summary>True when the request carries <c>Require: onvif-replay</c>.</summary>
    public static bool Requires(RtspRequest request) =>
        RequireHeader.TryParse(request.Headers.Get(RtspHeaderNames.Require), out var require) && require.Contains(RequireHeader.OnvifReplay);

    /// <summary>The 551 for a request that requires ONVIF replay of a live stream.</summary>
    public static RtspOptionNotSupportedException NotOnLive(string? path) =>
        new([RequireHeader.OnvifReplay], $"onvif-replay is offered on playback paths only, '{path}' is live");

    /// <summary>Reads the replay headers of a PLAY; 400 for an unreadable one.</summary>
    public static ReplaySettings ReadSettings(RtspRequest request, RangeHeader? range)
    {
        var rateControl = true;
        if (request.Headers.Get(RtspHeaderNames.RateControl) is { } rateText && !RateControlHeader.TryParse(rateText, out rateControl))
        {
            throw new RtspRequestException(RtspStatusCodes.BadRequest, $"unreadable Rate-Control '{rateText}' (yes or no)");
        }

        if (request.Headers.Get(RtspHeaderNames.Immediate) is { } immediateText && !RateControlHeader.TryParse(immediateText, out _))
        {
            throw new RtspRequestException(RtspStatusCodes.BadRequest, $"unreadable Immediate '{immediateText}' (yes or no)");
        }

        FramesHeader? frames = null;
        if (request.Headers.Get(RtspHeaderNames.Frames) is { } framesText && !FramesHeader.TryParse(framesText, out frames))
        {
            throw new RtspRequestException(RtspStatusCodes.BadRequest, $"unreadable Frames '{framesText}' (all, predicted, intra or intra/<ms>)");
        }

        var intra = frames?.Mode == FramesMode.Intra;
        var interval = intra && frames!.IntervalMilliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : (TimeSpan?)null;
        var end = range?.Unit == RangeUnit.Clock ? range.ClockEnd : null;
        return new ReplaySettings(rateControl, intra, interval, (byte)(request.CSeq ?? 0), end);
    }

    /// <summary>What a PLAY response states of the replay it starts.</summary>
    public static void Describe(RtspResponse response, ReplaySettings settings)
    {
        response.Headers.Set(RtspHeaderNames.RateControl, RateControlHeader.Format(settings.RateControl));
        response.Headers.Set(RtspHeaderNames.Frames, settings.IntraOnly
            ? new FramesHeader(FramesMode.Intra, settings.IntraInterval is { } i ? (int)i.TotalMilliseconds : null).Format()
            : new FramesHeader(FramesMode.All).Format());
    }
}
