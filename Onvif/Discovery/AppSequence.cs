namespace Vms.Onvif.Discovery;

/// <summary>WS-Discovery <c>AppSequence</c>: InstanceId grows at each restart, MessageNumber with each message.</summary>
public readonly record struct AppSequence(uint InstanceId, uint MessageNumber, string? SequenceId = null);
