using System.Xml.Serialization;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tt:MoveStatus</c>.</summary>
public enum MoveStatus
{
    [XmlEnum("IDLE")]
    Idle,

    [XmlEnum("MOVING")]
    Moving,

    /// <summary>Only at start-up or on error (with <c>tt:Error</c>).</summary>
    [XmlEnum("UNKNOWN")]
    Unknown,
}
