using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Rtsp;

/// <summary>
/// GStreamer as the ONVIF replay client: rtspsrc in ONVIF mode (Require: onvif-replay, Rate-Control) with
/// rtponvifparse, which turns the replay header extension into buffer timestamps (the NTP time) and flags.
/// </summary>
public sealed class OnvifReplayInteropTests(ITestOutputHelper output) : IRtspPathResolver
{
    private const long NtpToUnixSeconds = 2_208_988_800L;
    private readonly List<ClipPlaybackSource> _sources = [];
    private H264Clip? _clip;

    [RequiresToolsTheory("gst-launch-1.0", "python3")]
    [InlineData("no")]
    [InlineData("yes")]
    public async Task GstRtspsrcOnvifMode_ReplaysARecordingWithAGap_DecodesEveryPictureAtItsRecordedUtc(string rateControl)
    {
        _clip = await H264Clip.GetAsync();
        using var loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
        await using var server = new RtspServer(new RtspServerOptions { EndPoints = [new IPEndPoint(Loopback.Address, 0)], UdpRtpPort = null }, this, null, loggers);
        await server.StartAsync(CancellationToken.None);
        var url = $"rtsp://127.0.0.1:{((IPEndPoint)server.EndPoints[0]).Port}/recording";

        // real-time pacing plays 12 s of recording; without rate control it comes as fast as GStreamer reads
        var run = await ExternalProcess.RunAsync("/usr/bin/python3", [Fixtures.PathOf("Rtsp/gst_onvif_replay.py"), url, "40", rateControl], TimeSpan.FromSeconds(60));
        output.WriteLine(run.StandardError);
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.StandardOutput);
        var root = report.RootElement;
        Assert.Empty(root.GetProperty("errors").EnumerateArray());
        Assert.True(root.GetProperty("eos").GetBoolean(), "the T flag of the last unit ends the stream (rtponvifparse sends EOS)");

        var source = Assert.Single(_sources);
        var expected = Enumerable.Range(0, source.Count).Select(n => ToNtpNanoseconds(source.WallClock(n))).ToList();

        // every RTP packet has the recorded time of its picture; C (clean point) exactly on the keyframes' first packets
        var packets = root.GetProperty("packets").EnumerateArray()
            .Select(p => (Pts: p.GetProperty("pts").GetInt64(), Clean: p.GetProperty("clean").GetBoolean(), Discont: p.GetProperty("discont").GetBoolean()))
            .ToList();
        // GStreamer 1.22 ends the stream at the T flag (rtponvifparse sends EOS) without delivering the T-flagged last
        // picture downstream (observed); the server tests prove that picture is sent with E and T
        AssertAllButMaybeTheTerminal(expected, packets.Select(p => p.Pts).Distinct().Select(t => Nearest(expected, t)).ToList());
        var keyframes = Enumerable.Range(0, source.Count).Where(source.IsKeyframe).Select(n => expected[n]).ToList();
        Assert.Equal(keyframes, packets.Where(p => p.Clean).Select(p => Nearest(expected, p.Pts)).ToList());

        // D (discontinuity) on the first packet after the 30 s hole only
        var discont = Assert.Single(packets, p => p.Discont);
        Assert.Equal(expected[source.Count / 2], Nearest(expected, discont.Pts));

        // every picture decoded, each stamped with the UTC it was recorded at
        var pictures = root.GetProperty("pictures").EnumerateArray().Select(p => p.GetInt64()).ToList();
        AssertAllButMaybeTheTerminal(expected, pictures.Select(t => Nearest(expected, t)).ToList());
        output.WriteLine($"{packets.Count} packets, {pictures.Count} pictures; first picture at {FromNtpNanoseconds(pictures[0]):O}, last at {FromNtpNanoseconds(pictures[^1]):O}");
    }

    public ValueTask<RtspMediaSource?> ResolveAsync(RtspPathRequest request, CancellationToken cancellationToken)
    {
        if (request.Path != "recording")
        {
            return ValueTask.FromResult<RtspMediaSource?>(null);
        }

        var source = new ClipPlaybackSource(_clip!);
        if (request.Action == RtspAction.Play)
        {
            _sources.Add(source);
        }

        return ValueTask.FromResult<RtspMediaSource?>(RtspMediaSource.Playback(source));
    }

    private static void AssertAllButMaybeTheTerminal(List<long> expected, List<long> actual)
    {
        if (actual.Count == expected.Count - 1)
        {
            Assert.Equal(expected[..^1], actual);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    private static long ToNtpNanoseconds(DateTimeOffset time) =>
        ((time.ToUnixTimeSeconds() + NtpToUnixSeconds) * 1_000_000_000L) + (time.Ticks % TimeSpan.TicksPerSecond * 100);

    private static DateTimeOffset FromNtpNanoseconds(long ns) =>
        DateTimeOffset.FromUnixTimeSeconds((ns / 1_000_000_000L) - NtpToUnixSeconds).AddTicks(ns % 1_000_000_000L / 100);

    /// <summary>The expected time within 1 µs of <paramref name="actual"/> (NTP fractions truncated to nanoseconds), else the actual value.</summary>
    private static long Nearest(List<long> expected, long actual) =>
        expected.FirstOrDefault(e => Math.Abs(e - actual) <= 1_000, actual);
}
