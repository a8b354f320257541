namespace Vms.Rtsp.Rtcp;

/// <summary>The SDES items describing one source.</summary>
public sealed record RtcpSdesChunk(uint Ssrc, IReadOnlyList<RtcpSdesItem> Items)
{
    /// <summary>The CNAME item's text, if any.</summary>
    public string? CanonicalName
    {
        get
        {
            foreach (var item in Items)
            {
                if (item.Type == RtcpSdesItemType.CanonicalName)
                {
                    return item.Text;
                }
            }

            return null;
        }
    }
}
