namespace Vms.Storage.Retention;

/// <summary>Why an entry was written to the destruction journal.</summary>
public enum JournalKind
{
    /// <summary>A stored kind this software does not know (only a tampered or newer journal has one).</summary>
    Unknown,

    /// <summary>Deleted: older than the camera's maximum age (the legal ceiling).</summary>
    Age,

    /// <summary>Deleted: the storage root was over its byte quota or under its free-space floor (oldest first).</summary>
    Quota,

    /// <summary>Deleted on an operator's request.</summary>
    Manual,

    /// <summary>The file was found missing when the index was reconciled with the disk; its row was removed.</summary>
    Missing,

    /// <summary>A legal hold was placed on a camera and time range.</summary>
    HoldPlaced,

    /// <summary>A legal hold was released.</summary>
    HoldReleased,
}
