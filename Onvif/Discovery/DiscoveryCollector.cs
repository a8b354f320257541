using System.Net;
using System.Xml.Linq;

namespace Vms.Onvif.Discovery;

/// <summary>Merges ProbeMatches by endpoint address (XAddrs, Types, Scopes and responders united), bounded.</summary>
internal sealed class DiscoveryCollector(int maxDevices, IProgress<DiscoveredDevice>? found)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    public void Add(DiscoveryEndpoint match, IPEndPoint responder)
    {
        DiscoveredDevice? first = null;
        lock (_gate)
        {
            if (!_entries.TryGetValue(match.EndpointAddress, out var entry))
            {
                if (_entries.Count >= maxDevices)
                {
                    return;
                }

                entry = new Entry(match.EndpointAddress);
                _entries[match.EndpointAddress] = entry;
                _order.Add(match.EndpointAddress);
                entry.Merge(match, responder);
                first = entry.ToDevice();
            }
            else
            {
                entry.Merge(match, responder);
            }
        }

        if (first is not null)
        {
            found?.Report(first);
        }
    }

    public IReadOnlyList<DiscoveredDevice> Results()
    {
        lock (_gate)
        {
            return [.. _order.Select(e => _entries[e].ToDevice())];
        }
    }

    private sealed class Entry(string endpoint)
    {
        private readonly List<XName> _types = [];
        private readonly List<string> _scopes = [];
        private readonly List<string> _xaddrs = [];
        private readonly List<IPEndPoint> _responders = [];
        private uint _version;

        public void Merge(DiscoveryEndpoint m, IPEndPoint responder)
        {
            AddAll(_types, m.Types);
            AddAll(_scopes, m.Scopes);
            AddAll(_xaddrs, m.XAddrs);
            AddAll(_responders, [responder]);
            _version = Math.Max(_version, m.MetadataVersion);
        }

        public DiscoveredDevice ToDevice() => new(endpoint, [.. _types], [.. _scopes], [.. _xaddrs], _version, [.. _responders]);

        private static void AddAll<T>(List<T> target, IEnumerable<T> items)
        {
            foreach (var item in items)
            {
                if (target.Count < 64 && !target.Contains(item))
                {
                    target.Add(item);
                }
            }
        }
    }
}
