namespace Vms.Rtsp.Server;

/// <summary>The access a request needs, for <see cref="IRtspAuthorizer"/>.</summary>
public enum RtspAction
{
    /// <summary>DESCRIBE: learn the tracks of a path.</summary>
    Describe,

    /// <summary>SETUP/PLAY: receive the media of a path.</summary>
    Play,
}
