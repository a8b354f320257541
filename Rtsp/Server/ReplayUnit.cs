using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>An access unit released by the <see cref="ReplaySequencer"/> with its ONVIF replay flags.</summary>
/// <param name="Track">The track index.</param>
/// <param name="Unit">The access unit.</param>
/// <param name="EndOfSection">E: the last unit of the track before a gap (or the end of the footage).</param>
/// <param name="Discontinuity">D: the first unit of the track after a gap or a jump.</param>
/// <param name="Terminal">T: the last unit of the track this playback sends.</param>
internal readonly record struct ReplayUnit(int Track, AccessUnit Unit, bool EndOfSection, bool Discontinuity, bool Terminal);
