using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

internal sealed partial class ServerConnection
{
    private string? _user;

    /// <summary>Answers one request; returns a reason to close the connection, or null to go on.</summary>
    private async ValueTask<string?> OnRequestAsync(RtspRequest request, CancellationToken cancellationToken)
    {
        ServerLog.RequestReceived(_logger, Id, request.Method, request.Uri, request.CSeq ?? -1);
        if (OverCapacity)
        {
            Send(Refuse(request, RtspStatusCodes.ServiceUnavailable, "too many connections"));
            return "over the connection cap";
        }

        if (request.CSeq is null)
        {
            Send(Refuse(request, RtspStatusCodes.BadRequest, "missing CSeq"));
            return null;
        }

        // RFC 2326 §12.32: a feature the client requires and we do not implement is refused with 551 and listed in
        // Unsupported; "onvif-replay" is implemented on playback paths (checked once the path is known)
        if (request.Headers.Get(RtspHeaderNames.Require) is { } requireText && RequireHeader.TryParse(requireText, out var require) && require.Missing(OnvifReplayRequest.KnownFeatures) is { Count: > 0 } missing)
        {
            var refused = Refuse(request, RtspStatusCodes.OptionNotSupported, $"unsupported feature {string.Join(", ", missing)}");
            refused.Headers.Set(RtspHeaderNames.Unsupported, string.Join(", ", missing));
            Send(refused);
            return null;
        }

        ServerSession? session = null;
        if (request.Headers.Session is { } sessionText)
        {
            if (!SessionHeader.TryParse(sessionText, out var header) || !_server.Sessions.TryGet(header.Id, out session))
            {
                Send(Refuse(request, RtspStatusCodes.SessionNotFound, $"no session '{sessionText}'"));
                return null;
            }

            session.Touch();
        }

        try
        {
            var response = await DispatchAsync(request, session, cancellationToken).ConfigureAwait(false);
            if (response is not null)
            {
                Send(response);
            }
        }
        catch (RtspRequestException ex)
        {
            ServerLog.RequestRefused(_logger, Id, request.Method, ex.StatusCode, ex.Message);
            Send(RtspOptionNotSupportedException.Refusal(request, ex, _server.Options.ServerName));
        }

        return null;
    }

    private async ValueTask<RtspResponse?> DispatchAsync(RtspRequest request, ServerSession? session, CancellationToken cancellationToken)
    {
        switch (request.Method)
        {
            case RtspMethod.Options:
                if (session is not null && session.IsLive && OnvifReplayRequest.Requires(request))
                {
                    throw OnvifReplayRequest.NotOnLive(request.Uri);
                }

                var options = RtspResponse.For(request, RtspStatusCodes.Ok);
                options.Headers.Set(RtspHeaderNames.Public, ResponseFactory.PublicMethods);
                options.Headers.Set(RtspHeaderNames.Server, _server.Options.ServerName);
                if (session is not null)
                {
                    options.Headers.Set(RtspHeaderNames.Session, session.HeaderValue);
                }

                return options;

            case RtspMethod.Describe:
                return await DescribeAsync(request, cancellationToken).ConfigureAwait(false);

            case RtspMethod.Setup:
                return await SetupAsync(request, session, cancellationToken).ConfigureAwait(false);

            case RtspMethod.Play or RtspMethod.Pause or RtspMethod.Teardown:
                if (session is null)
                {
                    throw new RtspRequestException(RtspStatusCodes.SessionNotFound, $"{request.Method} without a Session header");
                }

                return await session.HandleAsync(request, Target(request), this).ConfigureAwait(false);

            case RtspMethod.GetParameter or RtspMethod.SetParameter:
                if (session is not null)
                {
                    return await session.HandleAsync(request, default, this).ConfigureAwait(false);
                }

                // a keep-alive on the connection; no parameters are settable
                return request.Method == RtspMethod.SetParameter && !request.Body.IsEmpty
                    ? Refuse(request, RtspStatusCodes.ParameterNotUnderstood, "no settable parameters")
                    : RtspResponse.For(request, RtspStatusCodes.Ok);

            case RtspMethod.Announce or RtspMethod.Record or RtspMethod.Redirect:
                throw new RtspRequestException(RtspStatusCodes.MethodNotAllowed, $"{request.Method}: this server only plays streams");

            default:
                throw new RtspRequestException(RtspStatusCodes.NotImplemented, $"unknown method {request.Method}");
        }
    }

    private async ValueTask<RtspResponse?> SetupAsync(RtspRequest request, ServerSession? session, CancellationToken cancellationToken)
    {
        var target = Target(request);
        if (session is null)
        {
            var user = await AuthorizeAsync(request, target, RtspAction.Play, cancellationToken).ConfigureAwait(false);
            if (user.Challenge is not null)
            {
                return user.Challenge;
            }

            session = new ServerSession(_server, user.User);
            if (!_server.Sessions.TryAdd(session))
            {
                throw new RtspRequestException(RtspStatusCodes.ServiceUnavailable, $"session cap ({_server.Options.MaxSessions}) reached");
            }

            session.Start();
            ServerLog.SessionCreated(_logger, session.Id, Id, target.Path);
        }

        return await session.HandleAsync(request, target, this).ConfigureAwait(false);
    }

    /// <summary>Authenticates (401 challenge) and authorizes (403) an action on the request's path.</summary>
    private async ValueTask<(string? User, RtspResponse? Challenge)> AuthorizeAsync(RtspRequest request, RequestTarget target, RtspAction action, CancellationToken cancellationToken)
    {
        var user = _user;
        if (Authenticator is not null)
        {
            var (authenticated, challenge) = await Authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
            if (authenticated is null)
            {
                ServerLog.AuthenticationFailed(_logger, Id, request.Method, target.Path);
                challenge ??= RtspResponse.For(request, RtspStatusCodes.Unauthorized);
                challenge.Headers.Set(RtspHeaderNames.Server, _server.Options.ServerName);
                return (null, challenge);
            }

            user = _user = authenticated;
        }

        if (Authorizer is not null &&
            !await Authorizer.AuthorizeAsync(new RtspPathRequest(target.Path, target.Query, user, RemoteEndPoint, action), cancellationToken).ConfigureAwait(false))
        {
            throw new RtspRequestException(RtspStatusCodes.Forbidden, $"{user ?? "anonymous"} may not {action} '{target.Path}'");
        }

        return (user, null);
    }

    private static RequestTarget Target(RtspRequest request) =>
        RequestTarget.TryParse(request.Uri, out var target)
            ? target
            : throw new RtspRequestException(RtspStatusCodes.BadRequest, $"unreadable request URI '{request.Uri}'");

    private RtspResponse Refuse(RtspRequest request, int status, string detail) =>
        ResponseFactory.Error(request, status, detail, _server.Options.ServerName);
}
