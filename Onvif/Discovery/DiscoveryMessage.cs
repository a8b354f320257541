namespace Vms.Onvif.Discovery;

/// <summary>A WS-Discovery message: common addressing headers; subtypes carry the body.</summary>
public abstract record DiscoveryMessage(string MessageId, string? RelatesTo, AppSequence? AppSequence);
