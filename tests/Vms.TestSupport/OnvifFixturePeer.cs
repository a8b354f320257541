using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Vms.TestSupport;

/// <summary>
/// A fake ONVIF device over <see cref="ScriptedHttpPeer"/> that answers each operation with a recorded-style envelope
/// file: <c>&lt;directory&gt;/&lt;service&gt;.&lt;Operation&gt;.xml</c> where service is tds, trt, tr2, tptz or tev (from the
/// request body's namespace). <c>{{host}}</c> in a file becomes this peer's <c>127.0.0.1:port</c>. A missing file is
/// answered with a SOAP 1.2 <c>env:Receiver/ter:ActionNotSupported</c> fault; a file holding a SOAP 1.1 envelope is
/// sent as <c>text/xml</c>; a file whose root is a Fault envelope is sent with HTTP 500 (400 when it says NotAuthorized).
/// <see cref="Gate"/> runs first (authentication); <see cref="Override"/> replaces one operation's answer.
/// </summary>
public sealed class OnvifFixturePeer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["http://www.onvif.org/ver10/device/wsdl"] = "tds",
        ["http://www.onvif.org/ver10/media/wsdl"] = "trt",
        ["http://www.onvif.org/ver20/media/wsdl"] = "tr2",
        ["http://www.onvif.org/ver20/ptz/wsdl"] = "tptz",
        ["http://www.onvif.org/ver10/events/wsdl"] = "tev",
    };

    private readonly string _directory;
    private readonly ScriptedHttpPeer _peer;
    private readonly Dictionary<string, Func<ScriptedHttpRequest, ScriptedHttpResponse>> _overrides = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private OnvifFixturePeer(string directory)
    {
        _directory = directory;
        _peer = ScriptedHttpPeer.Start(Answer);
    }

    /// <summary>Runs before the fixture: return a response to answer instead (e.g. a 401 challenge), or null to go on.
    /// Arguments: the request and the operation key (<c>tds.GetProfiles</c>).</summary>
    public Func<ScriptedHttpRequest, string, ScriptedHttpResponse?>? Gate { get; set; }

    public Uri BaseUri => _peer.BaseUri;

    public Uri DeviceService => new(_peer.BaseUri, "/onvif/device_service");

    public IReadOnlyList<ScriptedHttpRequest> Requests => _peer.Requests;

    /// <summary>The operation keys received, in order (<c>tds.GetServices</c>, ...).</summary>
    public IReadOnlyList<string> Operations => [.. _peer.Requests.Select(r => OperationKey(r.Body) ?? "?")];

    /// <summary>Starts a peer serving the fixture set in <paramref name="directory"/>.</summary>
    public static OnvifFixturePeer Start(string directory) =>
        Directory.Exists(directory) ? new OnvifFixturePeer(directory) : throw new DirectoryNotFoundException(directory);

    /// <summary>The fixture set <c>tests/Vms.Onvif.Tests/Fixtures/Client/&lt;set&gt;</c> of the repository.</summary>
    public static OnvifFixturePeer StartSet(string set) =>
        Start(Path.Combine(Fixtures.RepositoryRoot(), "tests", "Vms.Onvif.Tests", "Fixtures", "Client", set));

    public void Override(string operationKey, Func<ScriptedHttpRequest, ScriptedHttpResponse> answer)
    {
        lock (_gate)
        {
            _overrides[operationKey] = answer;
        }
    }

    /// <summary>An envelope text as this peer would send it (content type and status from the envelope).</summary>
    public ScriptedHttpResponse Envelope(string text)
    {
        text = text.Replace("{{host}}", $"{_peer.EndPoint.Address}:{_peer.EndPoint.Port}", StringComparison.Ordinal);
        var soap11 = text.Contains("http://schemas.xmlsoap.org/soap/envelope/", StringComparison.Ordinal);
        var fault = text.Contains(":Fault>", StringComparison.Ordinal) || text.Contains("<Fault>", StringComparison.Ordinal);
        var status = !fault ? 200 : text.Contains("NotAuthorized", StringComparison.Ordinal) ? 400 : 500;
        return ScriptedHttpResponse.Text(status, status == 200 ? "OK" : "Error", soap11 ? "text/xml; charset=utf-8" : "application/soap+xml; charset=utf-8", text);
    }

    public ValueTask DisposeAsync() => _peer.DisposeAsync();

    private ScriptedHttpResponse Answer(ScriptedHttpRequest request)
    {
        var key = OperationKey(request.Body);
        if (key is null)
        {
            return ScriptedHttpResponse.Text(400, "Bad Request", "text/plain", "not a SOAP request");
        }

        if (Gate?.Invoke(request, key) is { } gated)
        {
            return gated;
        }

        Func<ScriptedHttpRequest, ScriptedHttpResponse>? answer;
        lock (_gate)
        {
            _overrides.TryGetValue(key, out answer);
        }

        if (answer is not null)
        {
            return answer(request);
        }

        var path = Path.Combine(_directory, key + ".xml");
        return File.Exists(path)
            ? Envelope(File.ReadAllText(path, Encoding.UTF8))
            : Envelope($"""
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:ter="http://www.onvif.org/ver10/error"><s:Body><s:Fault>
                <s:Code><s:Value>s:Receiver</s:Value><s:Subcode><s:Value>ter:ActionNotSupported</s:Value></s:Subcode></s:Code>
                <s:Reason><s:Text xml:lang="en">{key} not supported</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>
                """);
    }

    /// <summary><c>tds.GetServices</c> for a request body, or null when it is not a SOAP envelope.</summary>
    public static string? OperationKey(byte[] body)
    {
        try
        {
            using var stream = new MemoryStream(body);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var envelope = XDocument.Load(reader).Root;
            var operation = envelope?.Elements().FirstOrDefault(e => e.Name.LocalName == "Body")?.Elements().FirstOrDefault();
            if (operation is null)
            {
                return null;
            }

            var prefix = ShortNames.TryGetValue(operation.Name.NamespaceName, out var s) ? s : "x";
            return $"{prefix}.{operation.Name.LocalName}";
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
