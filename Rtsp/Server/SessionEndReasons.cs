namespace Vms.Rtsp.Server;

/// <summary>Reasons a session ends, as logged and reported.</summary>
internal static class SessionEndReasons
{
    public const string ConnectionClosed = "connection closed";
    public const string Timeout = "session timeout";
    public const string ViewerTooSlow = "viewer too slow (send queue full)";
    public const string ServerStopping = "server stopping";
}
