namespace Vms.Host.Security;

/// <summary>What a user may do with a camera. Rights are granted per camera or camera group, optionally on a schedule.</summary>
[Flags]
public enum Rights
{
    None = 0,

    /// <summary>Watch live video.</summary>
    Live = 1,

    /// <summary>Drive pan/tilt/zoom and presets.</summary>
    Ptz = 2,

    /// <summary>Watch recordings (only inside an open requisition naming the user).</summary>
    Playback = 4,

    /// <summary>Export recordings (only inside an open requisition naming the user).</summary>
    Export = 8,

    /// <summary>Change camera settings, masks, retention.</summary>
    Configure = 16,

    /// <summary>Manage users, rights, requisitions; read the audit log.</summary>
    Administer = 32,
}
