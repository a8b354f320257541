using System.Net;

namespace Vms.Onvif.Discovery;

/// <summary>A Hello or Bye heard on the network; <see cref="Endpoint"/> is null for Bye.</summary>
public sealed record DiscoveryAnnouncement(DiscoveryAnnouncementKind Kind, string EndpointAddress, DiscoveryEndpoint? Endpoint, AppSequence? AppSequence, IPEndPoint Source);
