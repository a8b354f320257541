using System.Collections.Concurrent;
using Vms.Rtsp.Server;

namespace Vms.Rtsp.Tests.Server;

/// <summary>Test resolver: live streams by path, playback factories by path; records what it was asked.</summary>
internal sealed class TestPathResolver : IRtspPathResolver
{
    public ConcurrentDictionary<string, RtspStream> Live { get; } = new();

    public ConcurrentDictionary<string, Func<IRtspPlaybackSource>> Playback { get; } = new();

    public ConcurrentQueue<RtspPathRequest> Requests { get; } = new();

    public ValueTask<RtspMediaSource?> ResolveAsync(RtspPathRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        if (Live.TryGetValue(request.Path, out var stream))
        {
            return ValueTask.FromResult<RtspMediaSource?>(stream);
        }

        return ValueTask.FromResult(Playback.TryGetValue(request.Path, out var factory) ? RtspMediaSource.Playback(factory()) : null);
    }
}
