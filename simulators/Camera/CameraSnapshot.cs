using Vms.Onvif.Security;
using Vms.Onvif.Server;
using Vms.Simulators.Video;

namespace Vms.Simulators.Camera;

/// <summary>
/// The JPEG snapshots behind GetSnapshotUri (Media and Media2): <c>GET /snapshot/main</c> and <c>/snapshot/sub</c>
/// on the camera's HTTP port, HTTP Digest with the camera's users (any level that may read media; the same
/// Digest realm as SOAP), the current picture of the stream (scene, PTZ view, masks, camera clock) at the
/// stream's resolution, rendered by <see cref="SnapshotEncoder"/>. Works whether or not the stream is watched.
/// </summary>
internal sealed class CameraSnapshot(SimulatedCamera camera)
{
    public const string PathPrefix = "/snapshot/";

    // SHA-256 offered first and MD5 last: clients that only know MD5 and keep the last challenge they read
    // (ffmpeg's HTTP client does) still authenticate; RFC 7616 clients pick the strongest they support.
    private readonly HttpDigestAuthenticator _digest = new(new HttpDigestOptions { Algorithms = [DigestAlgorithm.Sha256, DigestAlgorithm.Md5] }, camera.Clock);

    /// <summary>The snapshot URL of a stream, on the base address the client used (<c>http://host:port</c>).</summary>
    public static string Uri(string baseAddress, StreamKind kind) =>
        baseAddress + PathPrefix + (kind == StreamKind.Main ? SimulatedCamera.MainPath : SimulatedCamera.SubPath);

    public static bool Matches(PathString path) => path.StartsWithSegments("/snapshot", StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        StreamKind? kind = request.Path.Value switch
        {
            PathPrefix + SimulatedCamera.MainPath => StreamKind.Main,
            PathPrefix + SimulatedCamera.SubPath => StreamKind.Sub,
            _ => null,
        };
        if (kind is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!HttpMethods.IsGet(request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET";
            return;
        }

        var authorization = request.Headers.Authorization.ToString();
        var result = _digest.Verify(authorization.Length > 0 ? authorization : null, request.Method, request.Path.Value + request.QueryString.Value, camera.FindUser);
        if (!result.Succeeded || !OnvifAccessPolicy.IsAllowed(result.User!.Level, OnvifAccessClass.ReadMedia))
        {
            http.Response.StatusCode = result.Succeeded ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            if (!result.Succeeded)
            {
                foreach (var challenge in _digest.CreateChallenges(result.IsStale))
                {
                    http.Response.Headers.Append("WWW-Authenticate", challenge);
                }
            }

            return;
        }

        var jpeg = Capture(kind.Value);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "image/jpeg";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentLength = jpeg.Length;
        await http.Response.Body.WriteAsync(jpeg, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The stream's current picture as a baseline JPEG at the stream's resolution.</summary>
    public byte[] Capture(StreamKind kind)
    {
        camera.FollowPtz();
        var settings = camera.EncoderSettings(kind);
        return SnapshotEncoder.Encode(camera.Scene, settings.Width, settings.Height, camera.Now);
    }
}
