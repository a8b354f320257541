using Vms.Storage.Index;

namespace Vms.Host.Requisitions;

/// <summary>
/// The recording store as the security feature reaches it: the segment index (holds, journal, spans) and the
/// segment files, registered by the recording feature. Resolved when first needed so that the security feature
/// starts before recording does.
/// </summary>
public sealed class RecordingAccess(IServiceProvider services)
{
    public ISegmentIndex Index => services.GetService<ISegmentIndex>()
        ?? throw new RequisitionException("the recording index is not available (no ISegmentIndex is registered)");

    public ISegmentFiles Files => services.GetService<ISegmentFiles>()
        ?? throw new RequisitionException("the recording files are not available (no ISegmentFiles is registered)");
}
