using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Vms.Onvif.Security;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>One HTTP exchange and the reading of its answer.</summary>
public sealed partial class SoapClient
{
    private async Task<Exchange> SendAsync(Uri uri, XElement body, string? action, IReadOnlyList<XElement> extraHeaders, SoapVersion version, bool useToken, bool useDigest, CancellationToken cancellationToken)
    {
        var envNs = version == SoapVersion.Soap12 ? OnvifNamespaces.Soap12 : OnvifNamespaces.Soap11;
        List<XElement> headers = [.. extraHeaders];
        if (useToken)
        {
            TimeSpan offset;
            lock (_gate)
            {
                offset = _clockOffset ?? TimeSpan.Zero;
            }

            headers.Insert(0, UsernameTokenFactory.Create(_credentials!.Username, _credentials.Password, _time.GetUtcNow() + offset).ToSecurityHeader(envNs));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        var content = new ByteArrayContent(SoapEnvelopeWriter.Write(version, body, headers));
        content.Headers.TryAddWithoutValidation("Content-Type", SoapContentType.Format(version, version == SoapVersion.Soap12 ? action : null));
        request.Content = content;
        if (version == SoapVersion.Soap11)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
        }

        if (useDigest)
        {
            request.Headers.TryAddWithoutValidation("Authorization", _digest!.CreateAuthorization("POST", uri.PathAndQuery));
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new OnvifUnreachableException($"{Describe(uri)}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout fired before our own per-call timeout
            throw new OnvifUnreachableException($"{Describe(uri)}: no answer within the HttpClient timeout ({_http.Timeout.TotalSeconds:0.#} s)", ex);
        }

        using (response)
        {
            byte[] bytes;
            try
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    bytes = await SoapEnvelopeReader.ReadLimitedAsync(stream, _options.Reader.MaxMessageBytes, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (SoapParseException ex)
            {
                throw new OnvifProtocolException($"{Describe(uri)}: {ex.Message}", (int)response.StatusCode, ex);
            }
            catch (HttpRequestException ex)
            {
                throw new OnvifUnreachableException($"{Describe(uri)}: {ex.Message}", ex);
            }
            catch (IOException ex)
            {
                throw new OnvifUnreachableException($"{Describe(uri)}: connection lost while reading the answer ({ex.Message})", ex);
            }

            SoapEnvelope? envelope = null;
            if (bytes.Length > 0)
            {
                try
                {
                    envelope = SoapEnvelopeReader.Read(bytes, _options.Reader);
                }
                catch (SoapParseException)
                {
                    // not SOAP: reported by the caller with the status and a snippet
                }
            }

            var challenges = response.Headers.TryGetValues("WWW-Authenticate", out var values) ? values.ToArray() : [];
            return new Exchange((int)response.StatusCode, response.ReasonPhrase, response.Content.Headers.ContentType, bytes, challenges, envelope);
        }
    }

    private static OnvifProtocolException ProtocolError(Uri uri, Exchange exchange) =>
        new($"{Describe(uri)}: HTTP {exchange.Status} {exchange.Reason} ({exchange.ContentType?.MediaType ?? "no content type"}): {Snippet(exchange.Body)}", exchange.Status);

    /// <summary>A one-line description of a non-SOAP body: the HTML title, else its first characters.</summary>
    internal static string Snippet(byte[] body)
    {
        if (body.Length == 0)
        {
            return "empty body";
        }

        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096));
        var title = TitlePattern().Match(text);
        var line = WhitespacePattern().Replace(title.Success ? title.Groups[1].Value : text, " ").Trim();
        return line.Length > 120 ? line[..120] + "..." : line;
    }

    [GeneratedRegex("<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex WhitespacePattern();

    private sealed record Exchange(int Status, string? Reason, MediaTypeHeaderValue? ContentType, byte[] Body, string[] WwwAuthenticate, SoapEnvelope? Envelope);
}
