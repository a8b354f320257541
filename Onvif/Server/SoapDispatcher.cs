using System.Collections.Concurrent;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Security;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Server;

/// <summary>
/// Transport-agnostic SOAP server: turns a <see cref="SoapHttpRequest"/> into a <see cref="SoapHttpResponse"/>.
/// Dispatches on the Body element (not the action), authenticates per Core 5.12 (HTTP Digest and/or
/// UsernameToken, PRE_AUTH operations anonymous), applies the access policy and maps every failure to the
/// HTTP status and fault ONVIF clients expect.
/// </summary>
public sealed partial class SoapDispatcher
{
    private static readonly XNamespace[] UnderstoodHeaderNamespaces =
        [OnvifNamespaces.WsSecurity, OnvifNamespaces.Addressing, OnvifNamespaces.DiscoveryAddressing];

    private readonly ConcurrentDictionary<XName, Registration> _handlers = new();
    private readonly SoapDispatcherOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly HttpDigestAuthenticator? _digest;
    private readonly UsernameTokenValidator? _usernameTokens;

    /// <param name="clock">The device clock (UsernameToken windows, Digest nonces, handler context).</param>
    public SoapDispatcher(SoapDispatcherOptions options, TimeProvider clock, ILogger<SoapDispatcher>? logger = null)
    {
        _options = options;
        _clock = clock;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _digest = options.EnableDigest ? new HttpDigestAuthenticator(options.Digest, clock) : null;
        _usernameTokens = options.EnableUsernameToken ? new UsernameTokenValidator(options.UsernameToken, clock) : null;
    }

    /// <summary>Offset of the device clock used for UsernameToken windows (a camera whose time was set).</summary>
    public TimeSpan ClockOffset
    {
        get => _usernameTokens?.ClockOffset ?? TimeSpan.Zero;
        set
        {
            if (_usernameTokens is not null)
            {
                _usernameTokens.ClockOffset = value;
            }
        }
    }

    /// <summary>Registers (or replaces) the handler of the operation whose request element is <paramref name="operation"/>.</summary>
    public void Register(XName operation, OnvifAccessClass access, SoapHandler handler) =>
        _handlers[operation] = new Registration(access, handler);

    public bool IsRegistered(XName operation) => _handlers.ContainsKey(operation);

    /// <summary>Processes one request; never throws except for cancellation of <paramref name="cancellationToken"/>.</summary>
    public async ValueTask<SoapHttpResponse> DispatchAsync(SoapHttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.Method.Equals("POST", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(request, new SoapHttpResponse { StatusCode = 405, Headers = [new("Allow", "POST")] }, "method not allowed");
        }

        if (!SoapContentType.TryParse(request.ContentType, out var contentType) || !Accepts(contentType.Version))
        {
            return Refuse(request, new SoapHttpResponse { StatusCode = 415 }, $"unsupported media type '{request.ContentType}'");
        }

        SoapEnvelope envelope;
        try
        {
            var bytes = request.BodyStream is { } stream
                ? await SoapEnvelopeReader.ReadLimitedAsync(stream, _options.Reader.MaxMessageBytes, cancellationToken).ConfigureAwait(false)
                : request.Body;
            envelope = SoapEnvelopeReader.Read(bytes, _options.Reader);
        }
        catch (SoapParseException ex)
        {
            return ParseFailure(request, contentType.Version, ex);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // the client went away or sent a broken body
            return Refuse(request, new SoapHttpResponse { StatusCode = 400 }, ex.Message);
        }

        if (!Accepts(envelope.Version))
        {
            var other = envelope.Version == SoapVersion.Soap12 ? SoapVersion.Soap11 : SoapVersion.Soap12;
            return Fault(request, other, 500, new SoapFault(SoapFaultCode.VersionMismatch, [], "SOAP version not supported"));
        }

        var version = envelope.Version;
        if (FirstNotUnderstood(envelope) is { } header)
        {
            return Fault(request, version, 500, new SoapFault(SoapFaultCode.MustUnderstand, [], $"header {header} not understood"));
        }

        if (envelope.Body is not { } body)
        {
            return Fault(request, version, 400, SoapFault.Sender("the Body holds no operation", OnvifErrorCodes.Tag));
        }

        if (envelope.Fault is not null)
        {
            return Fault(request, version, 400, SoapFault.Sender("a fault is not a request", OnvifErrorCodes.UnknownAction));
        }

        if (!_handlers.TryGetValue(body.Name, out var registration))
        {
            return OnvifOperationCatalog.IsKnown(body.Name)
                ? Fault(request, version, 500, SoapFault.Receiver($"{body.Name.LocalName} is not supported", OnvifErrorCodes.ActionNotSupported))
                : Fault(request, version, 500, SoapFault.Sender($"unknown operation {body.Name}", OnvifErrorCodes.UnknownAction));
        }

        var auth = Authenticate(request, envelope, registration.Access);
        if (auth.Response is not null)
        {
            return auth.Response;
        }

        var user = auth.User!;
        if (!_options.IsAllowed(user.Level, registration.Access))
        {
            _logger.PolicyRefused(user.Username, user.Level, request.RemoteEndPoint, registration.Access);
            return Fault(request, version, 400, SoapFault.Sender("the user level does not allow this operation", OnvifErrorCodes.NotAuthorized));
        }

        return await InvokeAsync(request, envelope, user, registration, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<SoapHttpResponse> InvokeAsync(SoapHttpRequest request, SoapEnvelope envelope, OnvifUser user, Registration registration, CancellationToken cancellationToken)
    {
        var operation = envelope.Body!.Name.LocalName;
        var context = new SoapRequestContext(request, envelope, user, registration.Access, _clock, cancellationToken);
        try
        {
            var response = await registration.Handler(context).ConfigureAwait(false);
            var bytes = SoapEnvelopeWriter.Write(envelope.Version, response, context.ResponseHeaders);
            _logger.Answered(operation, user.Username, 200);
            return new SoapHttpResponse { StatusCode = 200, ContentType = SoapContentType.Format(envelope.Version), Body = bytes };
        }
        catch (OnvifFaultException ex)
        {
            _logger.Faulted(operation, ex.Fault);
            return Fault(request, envelope.Version, ex.HttpStatus, ex.Fault);
        }
        catch (OnvifMessageException ex)
        {
            // a body the message readers refused, or an operation rule the handler enforced through them
            var fault = ModelFaults.ToSoapFault(ex);
            _logger.Faulted(operation, fault);
            return Fault(request, envelope.Version, ModelFaults.HttpStatus(fault), fault);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            _logger.HandlerFailed(operation, ex);
            return Fault(request, envelope.Version, 500, SoapFault.Receiver("internal error", OnvifErrorCodes.Action));
        }
    }

    private bool Accepts(SoapVersion version) => version == SoapVersion.Soap12 ? _options.AcceptSoap12 : _options.AcceptSoap11;

    private static XName? FirstNotUnderstood(SoapEnvelope envelope)
    {
        var env = envelope.EnvelopeNamespace;
        foreach (var h in envelope.Headers)
        {
            var mu = ((string?)h.Attribute(env + "mustUnderstand"))?.Trim();
            if ((mu == "1" || mu == "true") && !UnderstoodHeaderNamespaces.Contains(h.Name.Namespace))
            {
                return h.Name;
            }
        }

        return null;
    }

    private SoapHttpResponse ParseFailure(SoapHttpRequest request, SoapVersion version, SoapParseException ex) => ex.Error switch
    {
        SoapParseError.TooLarge => Fault(request, version, 413, SoapFault.Sender(ex.Message)),
        SoapParseError.VersionMismatch => Fault(request, version, 500, new SoapFault(SoapFaultCode.VersionMismatch, [], ex.Message)),
        SoapParseError.NotAnEnvelope or SoapParseError.MissingBody => Fault(request, version, 400, SoapFault.Sender(ex.Message, OnvifErrorCodes.Tag)),
        _ => Fault(request, version, 400, SoapFault.Sender(ex.Message, OnvifErrorCodes.WellFormed)),
    };

    private SoapHttpResponse Fault(SoapHttpRequest request, SoapVersion version, int status, SoapFault fault, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
    {
        var response = new SoapHttpResponse
        {
            StatusCode = status,
            ContentType = SoapContentType.Format(version),
            Body = SoapEnvelopeWriter.WriteFault(version, fault),
            Headers = headers ?? [],
        };
        return Refuse(request, response, fault);
    }

    private SoapHttpResponse Refuse(SoapHttpRequest request, SoapHttpResponse response, object reason)
    {
        _logger.Refused(request.Method, request.Path, request.RemoteEndPoint, response.StatusCode, reason);
        return response;
    }

    private sealed record Registration(OnvifAccessClass Access, SoapHandler Handler);
}
