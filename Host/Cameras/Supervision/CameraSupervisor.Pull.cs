using Vms.Host.Streaming;
using Vms.Onvif.Client;
using Vms.Rtsp.Client;
using Vms.Rtsp.Media;

namespace Vms.Host.Cameras.Supervision;

/// <summary>The RTSP pulls: one client per stream (TCP interleaved), its frames pumped into a feed of <see cref="IStreamIngest"/>.</summary>
internal sealed partial class CameraSupervisor
{
    /// <summary>Pulls one stream until it ends; throws <see cref="CameraStreamEndedException"/> with the reason.</summary>
    private async Task PullAsync(CameraStreamKind kind, Uri uri, OnvifCredentials? credentials, Action onStarted, CancellationToken cancellationToken)
    {
        var client = new RtspClient(
            new RtspClientOptions
            {
                Url = uri.AbsoluteUri,
                UserName = credentials?.Username,
                Password = credentials?.Password,
                Transport = RtspClientTransport.Tcp,
                StallTimeout = _options.RtspStallTimeout,
            },
            _loggers,
            _time);
        await using (client.ConfigureAwait(false))
        {
            await client.StartAsync(cancellationToken).ConfigureAwait(false);
            var video = client.Tracks.FirstOrDefault(t => t.Kind == MediaKind.Video);
            var meter = new StreamRateMeter(video?.Index ?? -1, video?.ClockRate ?? 0);
            var feed = _ingest.Open(CameraId, kind, client.Tracks);
            await using (feed.ConfigureAwait(false))
            {
                onStarted();
                SupervisorLog.Pulling(_logger, CameraId, kind, client.Url);
                var recording = Record.RecordingEnabled;
                _states.Update(CameraId, s => kind == CameraStreamKind.Main
                    ? s with { Status = CameraConnectionStatus.Online, Recording = recording, SessionCount = s.SessionCount + 1, NextAttemptUtc = null }
                    : s);
                await foreach (var frame in client.Frames.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    feed.Publish(frame.TrackIndex, frame.Unit);
                    if (meter.Count(frame.TrackIndex, frame.Unit) is { } rates)
                    {
                        var now = _time.GetUtcNow();
                        _states.Update(CameraId, s => kind == CameraStreamKind.Main
                            ? s with { FramesPerSecond = Math.Round(rates.Fps, 2), BitrateKbps = Math.Round(rates.Kbps, 1), LastFrameUtc = now }
                            : s with { SubFramesPerSecond = Math.Round(rates.Fps, 2), SubBitrateKbps = Math.Round(rates.Kbps, 1) });
                    }
                }
            }

            var result = await client.Completion.ConfigureAwait(false);
            throw new CameraStreamEndedException($"{kind} stream ended: {result}");
        }
    }

    /// <summary>The sub stream retries on its own (backoff) within the session: losing it never cuts the main stream.</summary>
    private async Task SubPullLoopAsync(Uri uri, OnvifCredentials? credentials, CancellationToken cancellationToken)
    {
        for (var failures = 0; !cancellationToken.IsCancellationRequested; failures++)
        {
            try
            {
                await PullAsync(CameraStreamKind.Sub, uri, credentials, () => failures = 0, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is CameraStreamEndedException or RtspClientException or IOException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                _states.Update(CameraId, s => s with { SubFramesPerSecond = null, SubBitrateKbps = null });
                SupervisorLog.StreamEnded(_logger, CameraId, CameraStreamKind.Sub, ex.Message);
            }

            try
            {
                await Task.Delay(Backoff(failures), _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
