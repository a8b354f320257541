namespace Vms.Rtsp.Headers;

/// <summary>The unit of a Range header.</summary>
public enum RangeUnit
{
    /// <summary>Normal play time, seconds from the start of the presentation (<c>npt=</c>).</summary>
    Npt,

    /// <summary>Absolute UTC time (<c>clock=</c>), used by ONVIF replay.</summary>
    Clock,

    /// <summary>SMPTE time codes (<c>smpte=</c>, <c>smpte-30-drop=</c>, <c>smpte-25=</c>), kept as text.</summary>
    Smpte,
}
