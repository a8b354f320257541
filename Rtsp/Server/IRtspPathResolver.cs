namespace Vms.Rtsp.Server;

/// <summary>
/// Maps a request path to what it serves. Called for DESCRIBE and for the first SETUP of a session
/// (after authentication and authorization). Return the same <see cref="RtspStream"/> for every viewer of a
/// live path, a new <see cref="RtspMediaSource.Playback"/> per call for recordings, or null for 404. Throw
/// <see cref="RtspPlaybackException"/> with a status (e.g. 400) to refuse a request the path cannot serve: DESCRIBE and
/// SETUP answer that status, DESCRIBE with the exception's message as a <c>text/plain</c> body.
/// </summary>
public interface IRtspPathResolver
{
    ValueTask<RtspMediaSource?> ResolveAsync(RtspPathRequest request, CancellationToken cancellationToken);
}
