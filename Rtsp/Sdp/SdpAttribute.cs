namespace Vms.Rtsp.Sdp;

/// <summary>An <c>a=</c> line: <c>a=name:value</c>, or a property attribute <c>a=name</c> (value null).</summary>
public sealed record SdpAttribute(string Name, string? Value = null)
{
    public override string ToString() => Value is null ? Name : Name + ":" + Value;

    internal static SdpAttribute Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new SdpAttribute(text.Trim()) : new SdpAttribute(text[..colon].Trim(), text[(colon + 1)..].Trim());
    }
}
