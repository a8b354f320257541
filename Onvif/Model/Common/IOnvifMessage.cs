using System.Xml.Linq;

namespace Vms.Onvif.Model.Common;

/// <summary>One ONVIF request or response body: the element that sits directly inside <c>s:Body</c>.</summary>
/// <remarks>Both sides use the same type: the camera simulator reads requests with <see cref="FromXml"/> and writes
/// responses with <see cref="ToXml"/>; the VMS client does the opposite.</remarks>
public interface IOnvifMessage<TSelf>
    where TSelf : IOnvifMessage<TSelf>
{
    /// <summary>The qualified name of the body element (e.g. <c>trt:GetStreamUri</c>).</summary>
    static abstract XName ElementName { get; }

    /// <summary>Reads the body element. Throws <see cref="OnvifMessageException"/> when it is not this message or a
    /// required part is missing or malformed; unknown elements are ignored.</summary>
    static abstract TSelf FromXml(XElement element);

    /// <summary>Writes the body element: children in schema order, each in the namespace of the schema declaring it.</summary>
    XElement ToXml();
}
