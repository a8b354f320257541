using System.Xml.Linq;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>The retry logic of one call: SOAP version fallback, Digest challenges, clock re-learning.</summary>
public sealed partial class SoapClient
{
    private const int MaxAttempts = 8;

    private async Task<XElement> CallCoreAsync(Uri uri, XElement body, string? action, bool allowToken, IReadOnlyList<XElement> extraHeaders, CancellationToken cancellationToken)
    {
        SoapVersion version;
        lock (_gate)
        {
            version = _version;
        }

        var hasCredentials = _credentials is not null;
        var tokenDropped = !allowToken;   // HTTP 401 seen: the device authenticates at the HTTP level
        var bothForced = false;           // Digest alone was refused by a WS-level check
        var relearned = false;
        var versionFellBack = false;
        var digestRefusals = 0;
        Exchange? last = null;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            OnvifAuthModes? modes;
            lock (_gate)
            {
                modes = _authModes;
            }

            var useToken = hasCredentials && (bothForced || (!tokenDropped && (modes is null || modes.Value.HasFlag(OnvifAuthModes.UsernameToken))));
            var useDigest = hasCredentials && _digest!.Challenge is not null &&
                (modes is null || modes.Value.HasFlag(OnvifAuthModes.Digest) || tokenDropped || bothForced);
            if (useToken)
            {
                await EnsureClockAsync(cancellationToken).ConfigureAwait(false);
            }

            var exchange = await SendAsync(uri, body, action, extraHeaders, version, useToken, useDigest, cancellationToken).ConfigureAwait(false);
            last = exchange;
            _logger.Answered(uri, body.Name.LocalName, exchange.Status);

            if (exchange.Status == 401)
            {
                if (!hasCredentials)
                {
                    throw NotAuthorized(uri, "the device requires credentials and none are configured");
                }

                if (!_digest!.TryAcceptChallenge(exchange.WwwAuthenticate))
                {
                    throw NotAuthorized(uri, $"HTTP 401 without a usable Digest challenge (offered: {string.Join(" | ", exchange.WwwAuthenticate)})");
                }

                if (useDigest && !_digest.Challenge!.Stale && ++digestRefusals > 1)
                {
                    throw NotAuthorized(uri, "HTTP Digest credentials refused");
                }

                tokenDropped = true;
                continue;
            }

            if (exchange.Envelope is { Fault: { } fault })
            {
                if (fault.Code == SoapFaultCode.VersionMismatch && version == SoapVersion.Soap12 && !versionFellBack)
                {
                    versionFellBack = true;
                    version = SoapVersion.Soap11;
                    continue;
                }

                if (hasCredentials && fault.HasSubcode(OnvifErrorCodes.NotAuthorized))
                {
                    if (useToken && !relearned)
                    {
                        relearned = true;
                        _logger.RelearningClock(uri);
                        await TryLearnClockAsync(cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    if (useDigest && !useToken && allowToken && !bothForced)
                    {
                        bothForced = true;
                        continue;
                    }
                }

                throw OnvifFaultException.FromFault(fault);
            }

            if (exchange.Envelope is { } envelope && exchange.Status is >= 200 and < 300)
            {
                Remember(uri, version, hasCredentials && (useToken || useDigest)
                    ? (useToken ? OnvifAuthModes.UsernameToken : 0) | (useDigest ? OnvifAuthModes.Digest : 0)
                    : null);
                return envelope.Body ?? throw new OnvifProtocolException($"{Describe(uri)}: empty SOAP Body in the response", exchange.Status);
            }

            if (version == SoapVersion.Soap12 && !versionFellBack && exchange.Status is 400 or 415 or 500)
            {
                versionFellBack = true;
                version = SoapVersion.Soap11;
                continue;
            }

            throw ProtocolError(uri, exchange);
        }

        throw ProtocolError(uri, last!);
    }

    private void Remember(Uri uri, SoapVersion version, OnvifAuthModes? modes)
    {
        bool versionChanged;
        bool modesChanged = false;
        lock (_gate)
        {
            versionChanged = _version != version;
            _version = version;
            if (modes is not null && _authModes != modes)
            {
                _authModes = modes;
                modesChanged = true;
            }
        }

        if (versionChanged && version == SoapVersion.Soap11)
        {
            _logger.FallingBackToSoap11(uri);
        }

        if (modesChanged)
        {
            _logger.AuthLearned(uri, modes!.Value);
        }
    }

    private async Task EnsureClockAsync(CancellationToken cancellationToken)
    {
        bool fresh;
        lock (_gate)
        {
            fresh = _clockOffset is not null && _time.GetUtcNow() - _clockLearnedAt < _options.ClockRefreshInterval;
        }

        if (!fresh)
        {
            await TryLearnClockAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task TryLearnClockAsync(CancellationToken cancellationToken)
    {
        try
        {
            await LearnClockAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OnvifException ex) when (ex is not OnvifUnreachableException)
        {
            _logger.ClockUnavailable(DeviceServiceUri, ex);
            lock (_gate)
            {
                _clockOffset ??= TimeSpan.Zero;
                _clockLearnedAt = _time.GetUtcNow();
            }
        }
    }

    private static OnvifNotAuthorizedException NotAuthorized(Uri uri, string reason) =>
        new(SoapFault.Sender($"{Describe(uri)}: {reason}", OnvifErrorCodes.NotAuthorized));
}
