using Vms.Rtsp.Media;

namespace Vms.Storage.Recording;

/// <summary>One queued access unit (a struct: queuing allocates nothing).</summary>
/// <param name="AfterGap">Units were dropped just before this one: skip video until the next keyframe.</param>
internal readonly record struct RecorderItem(MediaTrack Track, AccessUnit Unit, DateTimeOffset ArrivalUtc, bool AfterGap);
