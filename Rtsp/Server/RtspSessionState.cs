namespace Vms.Rtsp.Server;

/// <summary>
/// The states of a server session (RFC 2326 appendix A.2). A session is created by its first SETUP and
/// destroyed by TEARDOWN, expiry, a dropped viewer or the end of its source.
/// </summary>
internal enum RtspSessionState
{
    /// <summary>Created, no track set up yet (only while the first SETUP is handled).</summary>
    Init,

    /// <summary>Tracks set up, not sending (after SETUP, or PAUSE).</summary>
    Ready,

    /// <summary>Sending media (after PLAY).</summary>
    Playing,

    /// <summary>Receiving media (ANNOUNCE/RECORD): not supported by this server; RECORD is answered 405.</summary>
    Recording,
}
