using System.Globalization;
using System.Xml.Linq;
using Vms.Onvif.Client;
using Vms.Onvif.Security;
using Vms.Onvif.Server;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Client;

/// <summary>
/// An in-process fake camera: our <see cref="SoapDispatcher"/> behind a loopback <see cref="ScriptedHttpPeer"/>,
/// with GetSystemDateAndTime reporting the camera clock (test clock + offset) and a protected GetProfiles.
/// </summary>
internal sealed class FakeCamera : IAsyncDisposable
{
    public static readonly OnvifUser Admin = new("admin", "Adm1n-pw", OnvifUserLevel.Administrator);
    public static readonly XName GetProfiles = OnvifNamespaces.Media + "GetProfiles";

    private readonly ScriptedHttpPeer _peer;
    private TimeSpan _offset;

    public FakeCamera(ManualTimeProvider clock, Func<SoapDispatcherOptions, SoapDispatcherOptions>? configure = null)
    {
        Clock = clock;
        var options = new SoapDispatcherOptions { FindUser = n => n == Admin.Username ? Admin : null };
        Dispatcher = new SoapDispatcher(configure?.Invoke(options) ?? options, clock);
        Dispatcher.Register(OnvifNamespaces.Device + "GetSystemDateAndTime", OnvifAccessClass.PreAuth, _ => ValueTask.FromResult(SystemDateAndTime(clock.GetUtcNow() + _offset)));
        Dispatcher.Register(GetProfiles, OnvifAccessClass.ReadMedia, ctx => ValueTask.FromResult(
            new XElement(OnvifNamespaces.Media + "GetProfilesResponse", new XElement(OnvifNamespaces.Media + "Profiles", new XAttribute("token", "main"), new XAttribute("user", ctx.User.Username)))));
        _peer = DispatcherPeer.Start(Dispatcher);
    }

    public ManualTimeProvider Clock { get; }

    public SoapDispatcher Dispatcher { get; }

    public Uri DeviceService => new(_peer.BaseUri, "/onvif/device_service");

    public IReadOnlyList<ScriptedHttpRequest> Requests => _peer.Requests;

    /// <summary>Camera clock minus test clock (what SetSystemDateAndTime would change).</summary>
    public TimeSpan ClockOffset
    {
        get => _offset;
        set
        {
            _offset = value;
            Dispatcher.ClockOffset = value;
        }
    }

    public SoapClient Client(HttpClient http, OnvifCredentials? credentials) => new(http, DeviceService, credentials, time: Clock);

    public static XElement SystemDateAndTime(DateTimeOffset utc)
    {
        XNamespace tds = OnvifNamespaces.Device;
        XNamespace tt = OnvifNamespaces.Schema;
        string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        return new XElement(
            tds + "GetSystemDateAndTimeResponse",
            new XElement(
                tds + "SystemDateAndTime",
                new XElement(tt + "DateTimeType", "Manual"),
                new XElement(tt + "DaylightSavings", "false"),
                new XElement(
                    tt + "UTCDateTime",
                    new XElement(tt + "Time", new XElement(tt + "Hour", I(utc.Hour)), new XElement(tt + "Minute", I(utc.Minute)), new XElement(tt + "Second", I(utc.Second))),
                    new XElement(tt + "Date", new XElement(tt + "Year", I(utc.Year)), new XElement(tt + "Month", I(utc.Month)), new XElement(tt + "Day", I(utc.Day))))));
    }

    public ValueTask DisposeAsync() => _peer.DisposeAsync();
}
