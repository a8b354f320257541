using System.Collections.Concurrent;

namespace Vms.Rtsp.Server;

/// <summary>The live sessions of a server by id, with the session cap.</summary>
internal sealed class SessionRegistry(int maxSessions)
{
    private readonly ConcurrentDictionary<string, ServerSession> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Count => _sessions.Count;

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServerSession? session) => _sessions.TryGetValue(id, out session);

    /// <summary>Adds a session unless the cap is reached.</summary>
    public bool TryAdd(ServerSession session)
    {
        lock (_gate)
        {
            return _sessions.Count < maxSessions && _sessions.TryAdd(session.Id, session);
        }
    }

    public void Remove(ServerSession session) => _sessions.TryRemove(new KeyValuePair<string, ServerSession>(session.Id, session));

    public ServerSession[] Snapshot() => [.. _sessions.Values];
}
