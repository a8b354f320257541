namespace Vms.Rtsp.Server;

/// <summary>A method not valid in the session's state: 455, "invalid state X, allowed Y".</summary>
internal sealed class RtspInvalidStateException : RtspRequestException
{
    public RtspInvalidStateException(string method, RtspSessionState state, params RtspSessionState[] allowed)
        : base(455, $"{method}: invalid state {state}, allowed {string.Join(", ", allowed)}")
    {
        Method = method;
        State = state;
        Allowed = allowed;
    }

    public string Method { get; }

    public RtspSessionState State { get; }

    public IReadOnlyList<RtspSessionState> Allowed { get; }

    /// <summary>Throws unless <paramref name="state"/> is one of <paramref name="allowed"/>.</summary>
    public static void ThrowUnless(string method, RtspSessionState state, params RtspSessionState[] allowed)
    {
        if (Array.IndexOf(allowed, state) < 0)
        {
            throw new RtspInvalidStateException(method, state, allowed);
        }
    }
}
