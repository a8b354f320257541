namespace Vms.Storage.Fmp4.Reading;

/// <summary>Why a fragment scan ended.</summary>
internal enum Fmp4ScanStop
{
    /// <summary>Every byte after moov belongs to a complete fragment (or to a box that is skipped).</summary>
    EndOfFile,

    /// <summary>The file ends inside a box or inside a fragment (a torn write).</summary>
    Truncated,

    /// <summary>A box is malformed, a fragment's check box is missing or its checksum does not match.</summary>
    Corrupt,
}
