namespace Vms.Simulators.Faults;

/// <summary>The failures a fleet can inject into a simulated camera (names as in the control API and fleet file).</summary>
public enum FaultKind
{
    /// <summary><c>reboot</c>: offline for a duration (Bye), then back (Hello); viewers are disconnected.</summary>
    Reboot,

    /// <summary><c>rtsp-drop</c>: every RTSP connection closed at once; SOAP stays up.</summary>
    RtspDrop,

    /// <summary><c>stall</c>: no frames while sessions stay up.</summary>
    Stall,

    /// <summary><c>packet-loss</c>: a percentage of access units is never sent.</summary>
    PacketLoss,

    /// <summary><c>clock-skew</c>: the device clock is set off by an offset.</summary>
    ClockSkew,

    /// <summary><c>refuse-credentials</c>: every credential is rejected (SOAP NotAuthorized, RTSP 401).</summary>
    RefuseCredentials,

    /// <summary><c>slow-soap</c>: every SOAP answer is delayed.</summary>
    SlowSoap,

    /// <summary><c>corrupt-nal</c>: slice data of non-IDR pictures is damaged.</summary>
    CorruptNal,
}
