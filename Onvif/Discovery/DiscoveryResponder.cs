using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Vms.Onvif.Discovery;

/// <summary>
/// The target-service side of WS-Discovery for simulated cameras; one responder serves MANY devices. One socket
/// per device IP address (bound to address:port with SO_REUSEADDR: it receives unicast probes and sends every
/// answer and announcement from that address) and one multicast socket joined to the group on each device's
/// interface. Multicast probes are answered after a random delay, unicast ones at once; XAddrs are built from the
/// device's address; Hello on start/add/update, Bye on remove/stop.
/// </summary>
public sealed partial class DiscoveryResponder : IAsyncDisposable
{
    private readonly DiscoveryResponderOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Endpoint, IPAddress Address), DeviceState> _devices = [];
    private readonly Dictionary<IPAddress, AddressSocket> _sockets = [];
    private readonly HashSet<IPAddress> _joined = [];
    private readonly List<Task> _loops = [];
    private readonly CancellationTokenSource _stop = new();
    private Socket? _multicast;
    private IReadOnlyList<(int Index, IPAddress Address, int PrefixLength)>? _interfaces;
    private bool _started;
    private bool _stopped;

    public DiscoveryResponder(DiscoveryResponderOptions options, TimeProvider time, ILogger<DiscoveryResponder>? logger = null)
    {
        _options = options;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        InstanceId = options.InstanceId ?? (uint)Math.Clamp(time.GetUtcNow().ToUnixTimeSeconds(), 0, uint.MaxValue);
        Port = options.Port;
    }

    /// <summary>The UDP port in use (the configured one, or the one picked when configured 0).</summary>
    public int Port { get; private set; }

    public uint InstanceId { get; }

    /// <summary>Number of registered devices.</summary>
    public int DeviceCount
    {
        get
        {
            lock (_gate)
            {
                return _devices.Count;
            }
        }
    }

    /// <summary>Opens the sockets, joins the group and sends Hello for the devices added so far.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        DeviceState[] devices;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopped, this);
            if (_started)
            {
                return;
            }

            _multicast = DiscoverySockets.BindMulticast(_options.MulticastGroup, Port);
            Port = ((IPEndPoint)_multicast.LocalEndPoint!).Port;
            _loops.Add(ReceiveLoopAsync(_multicast, multicast: true, _stop.Token));
            _started = true;
            devices = [.. _devices.Values];
            foreach (var d in devices)
            {
                OpenAddress(d.Device.Address);
            }
        }

        _logger.Started(Port, _options.MulticastGroup, devices.Length);
        if (_options.SendHelloOnStart)
        {
            foreach (var d in devices)
            {
                await HelloAsync(d, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Registers a device (Hello when running). Re-adding the same endpoint on the same address replaces it.</summary>
    public async Task AddAsync(DiscoveryDevice device, CancellationToken cancellationToken)
    {
        DeviceState state;
        bool running;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopped, this);
            _interfaces ??= DiscoverySockets.InterfaceTable();
            state = new DeviceState(device, DiscoverySockets.InterfaceIndexOf(_interfaces, device.Address));
            running = _started;
            if (running)
            {
                OpenAddress(device.Address); // throws SocketException for an address this host does not own
            }

            _devices[(device.EndpointAddress, device.Address)] = state;
        }

        if (running)
        {
            await HelloAsync(state, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Replaces a device's metadata, raises its MetadataVersion and announces it with Hello.</summary>
    public async Task UpdateAsync(DiscoveryDevice device, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_devices.TryGetValue((device.EndpointAddress, device.Address), out var old) && device.MetadataVersion <= old.Device.MetadataVersion)
            {
                device = device with { MetadataVersion = old.Device.MetadataVersion + 1 };
            }
        }

        await AddAsync(device, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unregisters a device and sends Bye for it (when running).</summary>
    public async Task RemoveAsync(string endpointAddress, IPAddress address, CancellationToken cancellationToken)
    {
        DeviceState? state;
        bool running;
        lock (_gate)
        {
            _devices.Remove((endpointAddress, address), out state);
            running = _started && !_stopped;
        }

        if (state is not null && running)
        {
            await ByeAsync(state, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends Bye for every device, then closes the sockets and waits for the loops and pending answers.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        DeviceState[] devices;
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            devices = _started ? [.. _devices.Values] : [];
        }

        if (_options.SendByeOnStop)
        {
            foreach (var d in devices)
            {
                await ByeAsync(d, cancellationToken).ConfigureAwait(false);
            }
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        Task[] waits;
        lock (_gate)
        {
            _multicast?.Dispose();
            foreach (var s in _sockets.Values)
            {
                s.Socket.Dispose();
            }

            waits = [.. _loops, .. _pending.Values];
        }

        await Task.WhenAll(waits).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stop.Dispose();
    }

    /// <summary>Creates the socket of <paramref name="address"/> and joins the group on its interface. Caller holds the lock.</summary>
    private void OpenAddress(IPAddress address)
    {
        if (_sockets.ContainsKey(address))
        {
            return;
        }

        var socket = DiscoverySockets.Bind(new IPEndPoint(address, Port), reuseAddress: true);
        DiscoverySockets.SetMulticastSender(socket, address, _options.MulticastTimeToLive);
        _sockets[address] = new AddressSocket(socket);
        if (_joined.Add(address))
        {
            DiscoverySockets.Join(_multicast!, _options.MulticastGroup, address);
        }

        _loops.Add(ReceiveLoopAsync(socket, multicast: false, _stop.Token));
    }

    private sealed class DeviceState(DiscoveryDevice device, int interfaceIndex)
    {
        private int _messageNumber;

        public DiscoveryDevice Device { get; } = device;

        public int InterfaceIndex { get; } = interfaceIndex;

        public uint NextMessageNumber() => (uint)Interlocked.Increment(ref _messageNumber);
    }

    private sealed record AddressSocket(Socket Socket);
}
