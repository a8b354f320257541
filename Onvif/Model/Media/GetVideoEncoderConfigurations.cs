using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoEncoderConfigurations</c></summary>
public sealed record GetVideoEncoderConfigurations : EmptyMessage<GetVideoEncoderConfigurations>, IOnvifMessage<GetVideoEncoderConfigurations>
{
    public static XName ElementName { get; } = Trt + "GetVideoEncoderConfigurations";
}
