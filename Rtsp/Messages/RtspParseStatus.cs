namespace Vms.Rtsp.Messages;

/// <summary>The outcome of one <see cref="RtspFrameParser.TryParse"/> call.</summary>
public enum RtspParseStatus
{
    /// <summary>A whole frame was read; advance the reader to <c>consumed</c>.</summary>
    Complete,

    /// <summary>The buffer holds no whole frame yet; advance to <c>consumed</c>/<c>examined</c> and read more.</summary>
    NeedMoreData,

    /// <summary>The input is not valid RTSP; answer <see cref="RtspProtocolError.StatusCode"/> and close the connection.</summary>
    Error,
}
