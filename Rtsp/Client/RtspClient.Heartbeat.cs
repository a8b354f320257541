using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Client;

public sealed partial class RtspClient
{
    private readonly byte[] _reportBuffer = new byte[1500];
    private Task _keepAlive = Task.CompletedTask;
    private long _lastKeepAlive;
    private long _lastReport;
    private long _keepAlivesSent;

    /// <summary>The keep-alive exchange in progress (or the last one), for tests.</summary>
    internal Task KeepAliveTask => _keepAlive;

    /// <summary>Keep-alive requests sent so far.</summary>
    internal long KeepAlivesSent => Interlocked.Read(ref _keepAlivesSent);

    /// <summary>The one timer: stall detection, reorder-window release, receiver reports, keep-alive.</summary>
    private void OnHeartbeat(long now)
    {
        if (_completion.Task.IsCompleted)
        {
            return;
        }

        var silent = _time.GetElapsedTime(Interlocked.Read(ref _lastMedia), now);
        if (silent > _options.StallTimeout)
        {
            ClientLog.Stalled(_logger, _url, silent.TotalSeconds);
            Stop(new RtspClientResult(RtspClientStopReason.Stalled, $"no media for {silent.TotalSeconds:0} s"));
            return;
        }

        var wall = _time.GetUtcNow();
        foreach (var track in _tracks)
        {
            track.Receiver.Tick(wall);
        }

        if (_time.GetElapsedTime(_lastReport, now) >= _options.ReceiverReportInterval)
        {
            _lastReport = now;
            SendReceiverReports(wall);
        }

        var interval = _options.KeepAliveInterval ?? _sessionTimeout / 2;
        if (_time.GetElapsedTime(_lastKeepAlive, now) >= interval && _keepAlive.IsCompleted)
        {
            _lastKeepAlive = now;
            Interlocked.Increment(ref _keepAlivesSent);
            _keepAlive = KeepAliveAsync();
        }
    }

    private void SendReceiverReports(DateTimeOffset now)
    {
        foreach (var track in _tracks)
        {
            var length = track.Receiver.WriteReceiverReport(_reportBuffer, now);
            if (length == 0)
            {
                continue;
            }

            if (track.Udp is not null && track.ServerRtcp is not null)
            {
                track.Udp.SendRtcp(_reportBuffer.AsSpan(0, length), track.ServerRtcp);
            }
            else if (track.RtpChannel >= 0)
            {
                // the writer keeps a reference: the report gets its own buffer
                _writer?.TryWriteInterleaved(track.RtpChannel + 1, _reportBuffer.AsSpan(0, length).ToArray());
            }
        }
    }

    /// <summary>GET_PARAMETER when the server lists it in Public, else OPTIONS (both carry the Session).</summary>
    private async Task KeepAliveAsync()
    {
        var method = _useGetParameter ? RtspMethod.GetParameter : RtspMethod.Options;
        try
        {
            var response = await RequestAsync(method, _aggregateUrl, null, _stop.Token).ConfigureAwait(false);
            if (response.StatusCode == RtspStatusCodes.SessionNotFound)
            {
                Stop(new RtspClientResult(RtspClientStopReason.Refused, "the server forgot the session (454)", response.StatusCode));
            }
            else if (!response.IsSuccess && _useGetParameter)
            {
                _useGetParameter = false; // quirk: listed in Public but refused; OPTIONS from now on
            }
        }
        catch (RtspClientException ex) when (ex.Result.Reason == RtspClientStopReason.Timeout)
        {
            Stop(ex.Result);
        }
        catch (Exception ex) when (ex is RtspClientException or OperationCanceledException)
        {
            ClientLog.KeepAliveFailed(_logger, method, ex.Message);
        }
    }
}
