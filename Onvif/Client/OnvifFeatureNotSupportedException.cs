using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>The device lacks a service or capability the caller needs (no Media2, <c>Mask="false"</c>, no PTZ); the
/// message is one line saying which and why.</summary>
public sealed class OnvifFeatureNotSupportedException : OnvifException
{
    public OnvifFeatureNotSupportedException(string feature, string reason, Exception? innerException = null)
        : base($"{feature} not supported: {reason}", innerException) => Feature = feature;

    /// <summary>What was asked for, e.g. "privacy masks", "PTZ".</summary>
    public string Feature { get; }
}
