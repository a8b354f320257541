using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4;

/// <summary>One track as described by the segment metadata box (the stream parameters in readable form).</summary>
internal sealed record SegmentTrackMetadata(
    int TrackId,
    CodecId Codec,
    int Timescale,
    int Width = 0,
    int Height = 0,
    int SampleRate = 0,
    int Channels = 0);
