namespace Vms.Storage.Segments;

/// <summary>What became of one access unit given to the segment writer.</summary>
internal enum WriteStatus
{
    /// <summary>Added to the current fragment.</summary>
    Written,

    /// <summary>Dropped: no segment is open and this video unit is not a keyframe.</summary>
    WaitingForKeyframe,

    /// <summary>Not recorded: a second video track, metadata, an audio unit before the first segment, or a late audio unit.</summary>
    Ignored,

    /// <summary>Rejected: unusable parameter sets, an oversized unit, or a codec we do not record.</summary>
    Rejected,

    /// <summary>Timestamps jumped: the segment was closed; the unit opened a new one when it is a keyframe, else it was dropped.</summary>
    Discontinuity,
}
