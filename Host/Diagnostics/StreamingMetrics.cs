using Vms.Host.Recording;
using Vms.Host.Streaming;

namespace Vms.Host.Diagnostics;

/// <summary>
/// The <c>/metrics</c> page: per camera stream (from its hub) fps, bitrate, frames, reconnects, gaps, drops,
/// recording lag and viewers; per camera (from the index) bytes, segments and days of recordings on disk; the
/// storage volume's used and free bytes; RTSP sessions and connections.
/// </summary>
public sealed class StreamingMetrics(StreamIngest ingest, RecordingStorage storage, RtspServerService rtsp, TimeProvider time)
{
    /// <summary>The page in Prometheus text format.</summary>
    public async Task<string> RenderAsync(CancellationToken cancellationToken)
    {
        var text = new PrometheusText();
        var stats = ingest.Hubs.Select(h => h.GetStats()).ToList();
        PerStream(text, stats, "vms_camera_online", "gauge", "1 while a pull feeds the camera stream", s => s.Online ? 1 : 0);
        PerStream(text, stats, "vms_camera_recording", "gauge", "1 while the camera stream is being recorded", s => s.Recording ? 1 : 0);
        PerStream(text, stats, "vms_camera_frames_per_second", "gauge", "Video frames per second received (last 5 s)", s => s.FramesPerSecond);
        PerStream(text, stats, "vms_camera_bitrate_bits_per_second", "gauge", "Video bits per second received (last 5 s)", s => s.BitsPerSecond);
        PerStream(text, stats, "vms_camera_frames_total", "counter", "Video frames received", s => s.Frames);
        PerStream(text, stats, "vms_camera_received_bytes_total", "counter", "Video bytes received", s => s.Bytes);
        PerStream(text, stats, "vms_camera_reconnects_total", "counter", "Pulls started after the first one", s => s.Reconnects);
        PerStream(text, stats, "vms_camera_gaps_total", "counter", "Pulls ended (each leaves a gap in the recordings)", s => s.Gaps);
        PerStream(text, stats, "vms_camera_recorder_dropped_frames_total", "counter", "Units the recorder dropped (queue full or storage failing)", s => s.RecorderDrops);
        PerStream(text, stats, "vms_camera_dropped_viewers_total", "counter", "Live viewers dropped because they could not keep up", s => s.LiveViewerDrops);
        PerStream(text, stats, "vms_camera_live_viewers", "gauge", "Live viewers attached", s => s.Viewers);
        PerStream(text, stats, "vms_camera_recording_lag_seconds", "gauge", "How long the last unit waited for the recorder", s => s.RecordingLag.TotalSeconds);
        var now = time.GetUtcNow();
        PerStream(text, stats, "vms_camera_last_frame_age_seconds", "gauge", "Seconds since the last video frame", s => s.LastFrameUtc is { } t ? (now - t).TotalSeconds : double.NaN);

        if (storage.IsStarted)
        {
            var usage = await storage.Index.GetUsageAsync(cancellationToken).ConfigureAwait(false);
            text.Family("vms_recordings_bytes", "gauge", "Bytes of recordings on disk per camera");
            foreach (var c in usage.Cameras)
            {
                text.Sample("vms_recordings_bytes", c.Bytes, ("camera", c.CameraId));
            }

            text.Family("vms_recordings_segments", "gauge", "Segment files on disk per camera");
            foreach (var c in usage.Cameras)
            {
                text.Sample("vms_recordings_segments", c.Segments, ("camera", c.CameraId));
            }

            text.Family("vms_recordings_days_on_disk", "gauge", "UTC days with recordings on disk per camera");
            foreach (var c in usage.Cameras)
            {
                text.Sample("vms_recordings_days_on_disk", c.DaysWithRecordings, ("camera", c.CameraId));
            }

            text.Family("vms_recordings_span_days", "gauge", "Days between the oldest and the newest recording per camera");
            foreach (var c in usage.Cameras)
            {
                text.Sample("vms_recordings_span_days", c.Oldest is { } o && c.Newest is { } n ? (n - o).TotalDays : 0, ("camera", c.CameraId));
            }

            text.Family("vms_storage_used_bytes", "gauge", "Bytes of all recordings on disk");
            text.Sample("vms_storage_used_bytes", usage.Bytes);
            text.Family("vms_storage_free_bytes", "gauge", "Free bytes of the recordings volume");
            text.Sample("vms_storage_free_bytes", storage.Files.FreeBytes(RecordingStorage.RootName) ?? double.NaN);
        }

        text.Family("vms_rtsp_sessions", "gauge", "RTSP sessions alive");
        text.Sample("vms_rtsp_sessions", rtsp.SessionCount);
        text.Family("vms_rtsp_connections", "gauge", "RTSP connections open");
        text.Sample("vms_rtsp_connections", rtsp.ConnectionCount);
        return text.ToString();
    }

    private static void PerStream(PrometheusText text, List<StreamHubStats> stats, string name, string type, string help, Func<StreamHubStats, double> value)
    {
        text.Family(name, type, help);
        foreach (var s in stats)
        {
            text.Sample(name, value(s), ("camera", s.Key.CameraId), ("stream", s.Key.StreamName));
        }
    }
}
