using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

public sealed partial class RtspStream
{
    /// <summary>
    /// Attaches a viewer. Under the stream's lock: <paramref name="onStart"/> is called with the first packet
    /// of each track the viewer will receive (so the PLAY response with RTP-Info is queued before any
    /// media), then the cached GOP is queued, then live packets follow. Without a cached GOP the viewer
    /// waits for the next video keyframe, as it does when <paramref name="useCache"/> is false (a viewer resuming
    /// after PAUSE already has those packets) or when nothing was pushed for longer than
    /// <see cref="RtspStreamOptions.GopCacheMaxAge"/> (the cache shows the past). Returns false when the stream has ended.
    /// </summary>
    internal bool Attach(IStreamViewer viewer, Action<TrackStart[]> onStart, bool useCache = true)
    {
        lock (_gate)
        {
            if (_ended)
            {
                return false;
            }

            var stale = _time.GetElapsedTime(_lastPushTimestamp) > _options.GopCacheMaxAge;
            var waits = _videoTrack >= 0 && (!_gop.IsValid || !useCache || stale);
            var starts = new TrackStart[_tracks.Length];
            if (!waits)
            {
                foreach (var cached in _gop.Packets)
                {
                    if (starts[cached.TrackIndex].Sequence is null)
                    {
                        starts[cached.TrackIndex] = ReadStart(cached.Packet.Span);
                    }
                }

                for (var i = 0; i < _tracks.Length; i++)
                {
                    if (starts[i].Sequence is null)
                    {
                        // nothing cached for the track: its next packet is the viewer's first
                        starts[i] = new TrackStart(_tracks[i].Packetizer.NextSequence, null);
                    }
                }
            }

            onStart(starts);
            var delivered = waits || DeliverCachedGop(viewer);

            if (!delivered)
            {
                _droppedViewers++;
                StreamLog.ViewerDropped(_logger, viewer.Id, "GOP cache larger than its send queue");
                return true;
            }

            if (_viewerCount == _viewers.Length)
            {
                Array.Resize(ref _viewers, _viewers.Length * 2);
            }

            _viewers[_viewerCount++] = new StreamViewerSlot(viewer, started: !waits);
            StreamLog.ViewerAttached(_logger, viewer.Id, _viewerCount, waits);
            return true;
        }
    }

    /// <summary>
    /// Detaches a viewer (no-op when it is not attached). A viewer whose connection was dropped for not keeping up
    /// (queue full or stalled, noticed by the server rather than by a push) counts in <see cref="DroppedViewers"/>.
    /// </summary>
    internal void Detach(IStreamViewer viewer)
    {
        lock (_gate)
        {
            for (var i = 0; i < _viewerCount; i++)
            {
                if (ReferenceEquals(_viewers[i].Viewer, viewer))
                {
                    if (viewer.Overflowed)
                    {
                        _droppedViewers++;
                    }

                    RemoveAt(i);
                    StreamLog.ViewerDetached(_logger, viewer.Id, _viewerCount);
                    return;
                }
            }
        }
    }

    /// <summary>Queues the cached GOP to a new viewer, one queue operation per run of packets of one track.</summary>
    private bool DeliverCachedGop(IStreamViewer viewer)
    {
        var cached = _gop.Packets;
        var run = _gopRun;
        for (var start = 0; start < cached.Length;)
        {
            var track = cached[start].TrackIndex;
            run.Clear();
            var end = start;
            while (end < cached.Length && cached[end].TrackIndex == track)
            {
                run.Add(cached[end].Packet);
                end++;
            }

            if (!viewer.TryDeliverAll(track, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(run), _tracks[track].Packetizer.FramedChannel))
            {
                run.Clear();
                return false;
            }

            start = end;
        }

        run.Clear();
        return true;
    }

    /// <summary>Queues a whole access unit to each started viewer in turn (one queue operation and wake-up per viewer).</summary>
    private void FanAll(int trackIndex, List<ReadOnlyMemory<byte>> packets)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(packets);
        var framedChannel = _tracks[trackIndex].Packetizer.FramedChannel;
        for (var i = 0; i < _viewerCount; i++)
        {
            ref var slot = ref _viewers[i];
            if (!slot.Started)
            {
                continue;
            }

            if (!slot.Viewer.TryDeliverAll(trackIndex, span, framedChannel))
            {
                RemoveRefused(i);
                i--;
            }
        }
    }

    private void Fan(int trackIndex, bool rtcp, ReadOnlyMemory<byte> packet)
    {
        for (var i = 0; i < _viewerCount; i++)
        {
            ref var slot = ref _viewers[i];
            if (!slot.Started)
            {
                continue;
            }

            if (!slot.Viewer.TryDeliver(trackIndex, rtcp, packet))
            {
                RemoveRefused(i);
                i--;
            }
        }
    }

    /// <summary>
    /// Removes a viewer that refused a packet. Counted and logged as dropped only when it could not keep up; a
    /// viewer whose connection was already closing (a client that just left) is simply removed.
    /// </summary>
    private void RemoveRefused(int index)
    {
        var viewer = _viewers[index].Viewer;
        if (viewer.Overflowed)
        {
            _droppedViewers++;
            StreamLog.ViewerDropped(_logger, viewer.Id, "send queue full");
        }

        RemoveAt(index);
        StreamLog.ViewerDetached(_logger, viewer.Id, _viewerCount);
    }

    private void RemoveAt(int index)
    {
        _viewerCount--;
        _viewers[index] = _viewers[_viewerCount];
        _viewers[_viewerCount] = default;
    }

    private void StartWaitingViewers()
    {
        for (var i = 0; i < _viewerCount; i++)
        {
            _viewers[i].Started = true;
        }
    }

    private static TrackStart ReadStart(ReadOnlySpan<byte> rtp) =>
        rtp.Length < 12
            ? default
            : new TrackStart(
                System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(rtp[2..]),
                System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(rtp[4..]));

    /// <summary>
    /// A keyframe carries its parameter sets in band: prepends the known ones when the producer left them
    /// out (cameras often send them only in the SDP), and remembers new ones for later DESCRIBEs.
    /// </summary>
    private AccessUnit WithParameterSets(int trackIndex, AccessUnit unit)
    {
        var track = _tracks[trackIndex];
        if (track.ParameterSets is { } extractor && extractor.TryUpdate(unit, out var updated))
        {
            track.Track = track.Track with { Parameters = updated };
            _trackSnapshot = [.. _tracks.Select(t => t.Track)];
            StreamLog.ParametersChanged(_logger, trackIndex);
        }

        if (ParameterSets.Find(unit).IsComplete(track.Track.Codec))
        {
            return unit;
        }

        var sets = ParameterSets.Of(track.Track.Parameters);
        if (sets.Count == 0)
        {
            return unit;
        }

        var nals = new List<ReadOnlyMemory<byte>>(sets.Count + unit.NalUnits.Count);
        nals.AddRange(sets);
        nals.AddRange(unit.NalUnits);
        return new AccessUnit(unit.Codec, nals, unit.Pts, unit.Dts, unit.IsKeyframe, unit.WallClock);
    }
}
