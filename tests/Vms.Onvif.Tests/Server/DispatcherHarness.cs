using System.Net;
using System.Text;
using System.Xml.Linq;
using Vms.Onvif.Security;
using Vms.Onvif.Server;
using Vms.Onvif.Soap;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Server;

/// <summary>A dispatcher with three users and a few handlers, plus request builders.</summary>
internal sealed class DispatcherHarness
{
    public static readonly OnvifUser Admin = new("admin", "adm1n!", OnvifUserLevel.Administrator);
    public static readonly OnvifUser Viewer = new("viewer", "v1ew", OnvifUserLevel.User);
    public static readonly XName GetSystemDateAndTime = OnvifNamespaces.Device + "GetSystemDateAndTime";
    public static readonly XName GetProfiles = OnvifNamespaces.Media + "GetProfiles";
    public static readonly XName ContinuousMove = OnvifNamespaces.Ptz + "ContinuousMove";

    public DispatcherHarness(Func<SoapDispatcherOptions, SoapDispatcherOptions>? configure = null)
    {
        var options = new SoapDispatcherOptions { FindUser = name => name == Admin.Username ? Admin : name == Viewer.Username ? Viewer : null };
        Dispatcher = new SoapDispatcher(configure?.Invoke(options) ?? options, Clock);
        Dispatcher.Register(GetSystemDateAndTime, OnvifAccessClass.PreAuth, ctx => ValueTask.FromResult(
            new XElement(OnvifNamespaces.Device + "GetSystemDateAndTimeResponse", new XAttribute("user", ctx.User.Level.ToString()))));
        Dispatcher.Register(GetProfiles, OnvifAccessClass.ReadMedia, ctx => ValueTask.FromResult(
            new XElement(OnvifNamespaces.Media + "GetProfilesResponse", new XAttribute("user", ctx.User.Username), new XAttribute("xaddr", ctx.XAddr("/onvif/media")))));
        Dispatcher.Register(ContinuousMove, OnvifAccessClass.Actuate, _ => ValueTask.FromResult(new XElement(OnvifNamespaces.Ptz + "ContinuousMoveResponse")));
    }

    public ManualTimeProvider Clock { get; } = new();

    public SoapDispatcher Dispatcher { get; }

    public static SoapHttpRequest Request(XElement body, IEnumerable<XElement>? headers = null, SoapVersion version = SoapVersion.Soap12, string? authorization = null, string path = "/onvif/device_service") => new()
    {
        Method = "POST",
        Path = path,
        ContentType = SoapContentType.Format(version),
        Authorization = authorization,
        Host = "192.0.2.10:8080",
        LocalEndPoint = new IPEndPoint(IPAddress.Parse("192.0.2.10"), 8080),
        RemoteEndPoint = new IPEndPoint(IPAddress.Parse("192.0.2.99"), 50000),
        Body = SoapEnvelopeWriter.Write(version, body, headers),
    };

    public XElement TokenHeader(OnvifUser user, TimeSpan? skew = null, string? password = null) =>
        UsernameTokenFactory.Create(user.Username, password ?? user.Password, Clock.GetUtcNow() + (skew ?? TimeSpan.Zero)).ToSecurityHeader(OnvifNamespaces.Soap12);

    public async Task<(SoapHttpResponse Response, SoapEnvelope? Envelope)> SendAsync(SoapHttpRequest request)
    {
        var response = await Dispatcher.DispatchAsync(request, CancellationToken.None);
        var envelope = response.Body.Length > 0 ? SoapEnvelopeReader.Read(response.Body) : null;
        return (response, envelope);
    }

    public static string Text(SoapHttpResponse response) => Encoding.UTF8.GetString(response.Body.Span);
}
