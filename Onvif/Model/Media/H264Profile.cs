namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:H264Profile</c>.</summary>
public enum H264Profile
{
    Baseline,

    Main,

    Extended,

    High,
}
