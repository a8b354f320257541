namespace Vms.Rtsp.Messages;

/// <summary>Header names used by the RTSP layer (lookups are case-insensitive; these are the canonical spellings).</summary>
public static class RtspHeaderNames
{
    public const string Accept = "Accept";
    public const string Authorization = "Authorization";
    public const string Bandwidth = "Bandwidth";
    public const string Blocksize = "Blocksize";
    public const string CSeq = "CSeq";
    public const string Connection = "Connection";
    public const string ContentBase = "Content-Base";
    public const string ContentLength = "Content-Length";
    public const string ContentLocation = "Content-Location";
    public const string ContentType = "Content-Type";
    public const string Date = "Date";
    public const string Frames = "Frames";
    public const string Immediate = "Immediate";
    public const string Location = "Location";
    public const string Public = "Public";
    public const string Range = "Range";
    public const string RateControl = "Rate-Control";
    public const string Require = "Require";
    public const string RtpInfo = "RTP-Info";
    public const string Scale = "Scale";
    public const string Server = "Server";
    public const string Session = "Session";
    public const string Speed = "Speed";
    public const string Supported = "Supported";
    public const string Transport = "Transport";
    public const string Unsupported = "Unsupported";
    public const string UserAgent = "User-Agent";
    public const string WwwAuthenticate = "WWW-Authenticate";
}
