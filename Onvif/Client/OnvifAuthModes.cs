namespace Vms.Onvif.Client;

/// <summary>The authentication a device was found to accept (learnt per device by <see cref="SoapClient"/>).</summary>
[Flags]
public enum OnvifAuthModes
{
    /// <summary>Not learnt yet, or the calls made so far needed no credentials.</summary>
    None = 0,
    UsernameToken = 1,
    Digest = 2,
}
