using System.Xml.Linq;
using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Client;

/// <summary>Typed calls over <see cref="SoapClient"/>: request record in, response record out.</summary>
internal static class SoapClientCalls
{
    /// <summary>
    /// Sends <paramref name="request"/> to <paramref name="service"/> (soapAction <c>&lt;namespace&gt;/&lt;operation&gt;</c>) and
    /// reads the response body as <typeparamref name="TResponse"/>. A body the model cannot read becomes an
    /// <see cref="OnvifProtocolException"/> naming the operation (the device answered SOAP, but not ONVIF).
    /// </summary>
    public static async Task<TResponse> CallAsync<TResponse>(this SoapClient soap, Uri service, XElement request, CancellationToken cancellationToken)
        where TResponse : IOnvifMessage<TResponse>
    {
        var action = $"{request.Name.NamespaceName}/{request.Name.LocalName}";
        var body = await soap.CallAsync(service, request, action, cancellationToken).ConfigureAwait(false);
        try
        {
            return TResponse.FromXml(body);
        }
        catch (OnvifMessageException ex)
        {
            throw new OnvifProtocolException($"{service.GetLeftPart(UriPartial.Path)}: unreadable {request.Name.LocalName} response: {ex.Message}", null, ex);
        }
    }
}
