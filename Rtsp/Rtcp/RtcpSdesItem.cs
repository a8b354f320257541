namespace Vms.Rtsp.Rtcp;

/// <summary>One SDES item: its type and UTF-8 text (at most 255 bytes).</summary>
public readonly record struct RtcpSdesItem(RtcpSdesItemType Type, string Text);
