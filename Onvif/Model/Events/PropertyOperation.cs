namespace Vms.Onvif.Model.Events;

/// <summary><c>tt:PropertyOperation</c>: Initialized on subscription or synchronization point, then Changed, Deleted.</summary>
public enum PropertyOperation
{
    Initialized,

    Deleted,

    Changed,
}
