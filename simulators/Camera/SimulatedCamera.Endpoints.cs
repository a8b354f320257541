using System.Net;
using Vms.Onvif.Discovery;
using Vms.Rtsp.Auth;
using Vms.Rtsp.Server;

namespace Vms.Simulators.Camera;

/// <summary>Opening and closing the network endpoints (HTTP, RTSP, discovery registration).</summary>
public sealed partial class SimulatedCamera
{
    private CameraHttpEndpoint? _http;
    private RtspServer? _rtsp;
    private bool _announced;

    /// <summary>The scopes announced by discovery and returned by GetScopes: fixed ones first, then configurable.</summary>
    internal IReadOnlyList<(string Scope, bool Fixed)> AllScopes()
    {
        var fixedScopes = new List<string>
        {
            "onvif://www.onvif.org/Profile/Streaming",
            "onvif://www.onvif.org/Profile/T",
            "onvif://www.onvif.org/type/video_encoder",
            "onvif://www.onvif.org/type/Network_Video_Transmitter",
            "onvif://www.onvif.org/hardware/" + Uri.EscapeDataString(_options.Hardware),
        };
        if (_options.HasPtz)
        {
            fixedScopes.Add("onvif://www.onvif.org/type/ptz");
        }

        var configurable = Read(s => s.Scopes.ToList());
        if (!configurable.Any(s => s.StartsWith("onvif://www.onvif.org/name/", StringComparison.Ordinal)))
        {
            fixedScopes.Add("onvif://www.onvif.org/name/" + Uri.EscapeDataString(_options.Name));
        }

        if (!configurable.Any(s => s.StartsWith("onvif://www.onvif.org/location/", StringComparison.Ordinal)))
        {
            fixedScopes.Add("onvif://www.onvif.org/location/" + Uri.EscapeDataString(_options.Location));
        }

        return [.. fixedScopes.Select(s => (s, true)), .. configurable.Select(s => (s, false))];
    }

    internal DiscoveryDevice DiscoveryDevice() => new(
        EndpointAddress,
        Address,
        [.. AllScopes().Select(s => s.Scope)],
        [$"http://{{address}}:{HttpPort}/onvif/device_service"])
    {
        Discoverable = Read(s => s.Discoverable),
    };

    /// <summary>Tells discovery clients about changed scopes or discovery mode (Hello with a new MetadataVersion).</summary>
    internal async Task AnnounceChangeAsync(CancellationToken cancellationToken)
    {
        if (_options.Discovery is { } discovery && _announced)
        {
            await discovery.UpdateAsync(DiscoveryDevice(), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OpenEndpointsAsync(CancellationToken cancellationToken)
    {
        _rtsp = CreateRtspServer();
        await _rtsp.StartAsync(cancellationToken).ConfigureAwait(false);
        RtspPort = ((IPEndPoint)_rtsp.EndPoints[0]).Port;

        _http = await CameraHttpEndpoint.StartAsync(this, Address, HttpPort, _loggers, cancellationToken).ConfigureAwait(false);
        HttpPort = _http.Port;

        if (_options.Discovery is { } discovery)
        {
            await discovery.AddAsync(DiscoveryDevice(), cancellationToken).ConfigureAwait(false);
            _announced = true;
        }
    }

    private async Task CloseEndpointsAsync(CancellationToken cancellationToken)
    {
        if (_options.Discovery is { } discovery && _announced)
        {
            _announced = false;
            await discovery.RemoveAsync(EndpointAddress, Address, cancellationToken).ConfigureAwait(false);
        }

        if (_http is { } http)
        {
            _http = null;
            await http.DisposeAsync().ConfigureAwait(false);
        }

        if (_rtsp is { } rtsp)
        {
            _rtsp = null;
            await rtsp.DisposeAsync().ConfigureAwait(false);
        }
    }

    private RtspServer CreateRtspServer() => new(
        new RtspServerOptions
        {
            EndPoints = [new IPEndPoint(Address, RtspPort)],
            Realm = "VmsCamera",
            ServerName = "Vms simulated camera",
            UdpRtpPacketLoss = LoseUdpRtpPacket,
        },
        new CameraRtspResolver(this),
        RtspServerSecurity.Digest(LookupRtspUser),
        _loggers,
        _options.TimeProvider);

    private ValueTask<DigestCredential?> LookupRtspUser(string username, string realm, CancellationToken cancellationToken) =>
        ValueTask.FromResult(FindUser(username) is { } user ? DigestCredential.FromPassword(user.Password) : null);
}
