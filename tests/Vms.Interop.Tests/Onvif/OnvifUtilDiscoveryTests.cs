using System.Globalization;
using System.Xml.Linq;
using Vms.Onvif;
using Vms.Onvif.Discovery;
using Vms.Onvif.Server;
using Vms.TestSupport;

namespace Vms.Interop.Tests.Onvif;

/// <summary>A third-party ONVIF client (onvif-util) finds our responder by multicast and calls our dispatcher
/// (it prints "address hostname(name hardware)": the hostname comes from GetHostname, the rest from the scopes).</summary>
public sealed class OnvifUtilDiscoveryTests
{
    [RequiresToolsFact("onvif-util", "ip", NeedsRoot = true)]
    public async Task OnvifUtil_ProbeAll_FindsOurResponderAndReadsTheDevice()
    {
        await using var ns = await VethNamespace.CreateAsync();
        var calls = new List<string>();
        var dispatcher = new SoapDispatcher(new SoapDispatcherOptions { FindUser = _ => null }, TimeProvider.System);
        dispatcher.Register(OnvifNamespaces.Device + "GetSystemDateAndTime", OnvifAccessClass.PreAuth, ctx =>
        {
            lock (calls)
            {
                calls.Add("GetSystemDateAndTime");
            }

            return ValueTask.FromResult(SystemDateAndTime(ctx.Clock.GetUtcNow()));
        });
        dispatcher.Register(OnvifNamespaces.Device + "GetHostname", OnvifAccessClass.PreAuth, _ =>
        {
            lock (calls)
            {
                calls.Add("GetHostname");
            }

            return ValueTask.FromResult(new XElement(
                OnvifNamespaces.Device + "GetHostnameResponse",
                new XElement(OnvifNamespaces.Device + "HostnameInformation", new XElement(OnvifNamespaces.Schema + "FromDHCP", "false"), new XElement(OnvifNamespaces.Schema + "Name", "simcam"))));
        });
        await using var http = ScriptedHttpPeer.Start(
            async (r, ct) =>
            {
                var response = await dispatcher.DispatchAsync(
                    new SoapHttpRequest { Method = r.Method, Path = r.Target, ContentType = r.Header("Content-Type"), Host = r.Header("Host"), Body = r.Body, LocalEndPoint = r.LocalEndPoint },
                    ct);
                return ScriptedHttpResponse.Bytes(response.StatusCode, "Status", response.ContentType, response.Body.ToArray());
            },
            ns.HostAddress);
        await using var responder = new DiscoveryResponder(new DiscoveryResponderOptions { MaxResponseDelay = TimeSpan.FromMilliseconds(100) }, TimeProvider.System);
        await responder.AddAsync(
            new DiscoveryDevice(
                "urn:uuid:" + Guid.NewGuid().ToString("D"),
                ns.HostAddress,
                ["onvif://www.onvif.org/Profile/Streaming", "onvif://www.onvif.org/name/VmsSim", "onvif://www.onvif.org/hardware/SIM-PTZ"],
                [$"http://{{address}}:{http.EndPoint.Port}/onvif/device_service"]),
            CancellationToken.None);
        await responder.StartAsync(CancellationToken.None);

        // multicast over a fresh veth can lose the first probe: up to three attempts
        var tool = await ns.RunAsync(TimeSpan.FromSeconds(30), "onvif-util", "-a");
        for (var attempt = 1; attempt < 3 && tool.ExitCode == 0 && tool.StandardOutput.Contains("Found 0 cameras", StringComparison.Ordinal); attempt++)
        {
            tool = await ns.RunAsync(TimeSpan.FromSeconds(30), "onvif-util", "-a");
        }

        Assert.True(tool.ExitCode == 0, tool.StandardError);
        Assert.True(tool.StandardOutput.Contains($"{ns.HostAddress} simcam(VmsSim SIM-PTZ)", StringComparison.Ordinal), tool.StandardOutput + tool.StandardError);
        lock (calls)
        {
            Assert.Contains("GetSystemDateAndTime", calls);
            Assert.Contains("GetHostname", calls);
        }
    }

    private static XElement SystemDateAndTime(DateTimeOffset utc)
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
}
