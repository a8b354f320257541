using Microsoft.AspNetCore.Mvc;
using Vms.Host.Api.Streaming;
using Vms.Host.Diagnostics;

namespace Vms.Host.Api;

/// <summary>The streaming routes of the REST API: <c>/metrics</c>, recordings (timeline, usage) and retention (policies, legal holds, destruction journal).</summary>
internal static class StreamingApi
{
    /// <summary>Maps the routes: <paramref name="root"/> for unversioned ones, <paramref name="v1"/> for <c>/api/v1</c>.</summary>
    public static void Map(IEndpointRouteBuilder root, RouteGroupBuilder v1, IServiceProvider services)
    {
        _ = services;
        root.MapGet("/metrics", async ([FromServices] StreamingMetrics metrics, CancellationToken ct) =>
            Results.Text(await metrics.RenderAsync(ct).ConfigureAwait(false), PrometheusText.ContentType));
        RecordingEndpoints.Map(v1);
        RetentionEndpoints.Map(v1);
    }
}
