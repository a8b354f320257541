using Vms.Onvif.Server;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Client;

/// <summary>The in-test HTTP adapter: a loopback <see cref="ScriptedHttpPeer"/> that hands every request to a dispatcher.</summary>
internal static class DispatcherPeer
{
    public static ScriptedHttpPeer Start(SoapDispatcher dispatcher) => ScriptedHttpPeer.Start(async (request, ct) =>
    {
        var response = await dispatcher.DispatchAsync(
            new SoapHttpRequest
            {
                Method = request.Method,
                Path = request.Target,
                ContentType = request.Header("Content-Type"),
                Authorization = request.Header("Authorization"),
                SoapAction = request.Header("SOAPAction"),
                Host = request.Header("Host"),
                Body = request.Body,
                LocalEndPoint = request.LocalEndPoint,
                RemoteEndPoint = request.RemoteEndPoint,
            },
            ct);
        var headers = response.Headers.Select(h => (h.Key, h.Value)).ToArray();
        return ScriptedHttpResponse.Bytes(response.StatusCode, "Status", response.ContentType, response.Body.ToArray(), headers);
    });
}
