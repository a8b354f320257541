using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Server;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Server;

public sealed class PlaybackPumpTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task Start_FirstUnitIsSentAtOnceAndTheRestAsTheClockAdvances()
    {
        var viewer = new RecordingViewer("v");
        string? ended = null;
        await using var pump = new PlaybackPump(new FakePlaybackSource(), viewer, NalPerPacketPacketizer.FactoryOn(_time), _time, NullLogger.Instance, r => ended = r);
        await pump.PrepareAsync(RtspSeekRequest.Beginning, CancellationToken.None);
        var three = viewer.WaitForCountAsync(3);
        pump.Start();
        await three.WithTimeout();
        Assert.Equal([7, 8, 5], viewer.Received.Select(r => RecordingViewer.NalType(r.Packet)).ToArray());
        var more = viewer.WaitForCountAsync(3 + 11);
        _time.Advance(TimeSpan.FromSeconds(0.9));
        await more.WithTimeout();
        Assert.Null(ended);
    }
}
