using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>A request goes past what the device announced it supports (mask count, polygon points, mask type), found
/// before sending or reported by the device's fault (then <see cref="Exception.InnerException"/> is the fault).</summary>
public sealed class OnvifLimitExceededException : OnvifException
{
    public OnvifLimitExceededException(string limit, string message, Exception? innerException = null)
        : base(message, innerException) => Limit = limit;

    /// <summary>Which limit: <c>MaxMasks</c>, <c>MaxPoints</c>, <c>RectangleOnly</c>, <c>Types</c>, <c>Polygon</c>.</summary>
    public string Limit { get; }
}
