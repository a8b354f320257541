using Vms.Rtsp.Client;

namespace Vms.Host.Cli.Verbs;

/// <summary>
/// Pulls an RTSP stream for a few seconds (OPTIONS, DESCRIBE, SETUP, PLAY through <see cref="RtspClient"/>) and
/// measures each track with <see cref="RtspTrackMeter"/>. Failures become one-line <see cref="VerbFailedException"/>s.
/// </summary>
internal static class RtspStreamProbe
{
    public static async Task<RtspProbeReport> ProbeAsync(
        string url, string? user, string? password, RtspClientTransport transport, TimeSpan duration, TimeSpan requestTimeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var options = new RtspClientOptions
        {
            Url = url,
            UserName = user,
            Password = password,
            Transport = transport,
            RequestTimeout = requestTimeout,
            StallTimeout = requestTimeout,
        };
        var client = new RtspClient(options, null, time);
        await using (client.ConfigureAwait(false))
        {
            try
            {
                await client.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RtspClientException ex)
            {
                throw ToVerbFailure(ex.Result, client.Url, ex);
            }

            var meters = client.Tracks.Select(t => new RtspTrackMeter(t)).ToArray();
            var started = time.GetTimestamp();
            using var window = new CancellationTokenSource(duration, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, window.Token);
            try
            {
                await foreach (var frame in client.Frames.ReadAllAsync(linked.Token).ConfigureAwait(false))
                {
                    if (frame.TrackIndex >= 0 && frame.TrackIndex < meters.Length)
                    {
                        meters[frame.TrackIndex].Add(frame.Unit);
                    }
                }
            }
            catch (OperationCanceledException) when (window.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // the measuring window ended
            }

            var seconds = time.GetElapsedTime(started).TotalSeconds;
            if (meters.All(m => m.Frames == 0))
            {
                var reason = client.Completion.IsCompleted ? $": {client.Completion.Result}" : string.Empty;
                throw new VerbFailedException($"no media from {client.Url} within {ProbeVerb.Seconds(seconds)} s{reason}");
            }

            var statistics = client.GetStatistics();
            var tracks = meters.Select((m, i) => m.Result(
                (int)Math.Max(0, statistics.FirstOrDefault(s => s.TrackIndex == i)?.Receiver.Reception.CumulativeLost ?? 0))).ToList();
            return new RtspProbeReport(client.Url, transport == RtspClientTransport.Tcp ? "tcp" : "udp", Math.Round(seconds, 2), tracks);
        }
    }

    private static VerbFailedException ToVerbFailure(RtspClientResult result, string url, Exception ex)
    {
        var where = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Authority) : url;
        var detail = OnvifVerbErrors.OneLine(result.Detail);
        return result switch
        {
            { StatusCode: 401 or 403 } => new VerbFailedException($"bad credentials for {where}: RTSP {result.StatusCode} {detail}", ex),
            { Reason: RtspClientStopReason.ConnectionFailed or RtspClientStopReason.Timeout } => new VerbFailedException($"unreachable: {where}: {detail}", ex),
            { Reason: RtspClientStopReason.ProtocolError } => new VerbFailedException($"not an RTSP server: {where}: {detail}", ex),
            { StatusCode: { } status } => new VerbFailedException($"refused: {url}: RTSP {status} {detail}", ex),
            _ => new VerbFailedException($"stream failed: {url}: {result}", ex),
        };
    }
}
