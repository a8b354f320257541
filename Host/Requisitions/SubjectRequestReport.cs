using System.Globalization;
using System.Net;
using System.Text;

namespace Vms.Host.Requisitions;

/// <summary>The answer to a data-subject request, as JSON (the record) or as text/HTML for the data protection officer.</summary>
public sealed record SubjectRequestReport(
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Cameras,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<SubjectCameraResult> Results,
    SubjectChainStatus Journal)
{
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Data-subject request report, {CreatedAt:u}\n");
        sb.Append(CultureInfo.InvariantCulture, $"Window: {From:u} to {To:u}\n");
        sb.Append(CultureInfo.InvariantCulture, $"Destruction journal: {(Journal.Intact ? "intact" : "BROKEN at entry " + Journal.FirstBrokenSeq + ": " + Journal.Problem)} ({Journal.EntriesChecked} entries, head {Journal.HeadSeq} {Journal.HeadHash})\n");
        foreach (var r in Results)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\nCamera {r.CameraId}\n");
            sb.Append(r.Recorded.Count == 0 ? "  No recording exists in the window.\n" : "  Recordings that exist:\n");
            foreach (var s in r.Recorded)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    {s.Stream}: {s.Start:u} to {s.End:u} ({s.Segments} segments)\n");
            }

            sb.Append(r.Destroyed.Count == 0 ? "  No destruction recorded in the window.\n" : "  Recordings destroyed (journal entries):\n");
            foreach (var d in r.Destroyed)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    #{d.JournalSeq} {d.Kind} {d.Stream}: {d.Start:u} to {d.End:u}, {d.Bytes} bytes, by {d.Actor} at {d.At:u} (hash {d.Hash})\n");
            }
        }

        return sb.ToString();
    }

    public string ToHtml()
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Data-subject request report</title></head><body>\n<pre>\n");
        sb.Append(WebUtility.HtmlEncode(ToText()));
        sb.Append("</pre>\n</body></html>\n");
        return sb.ToString();
    }
}
