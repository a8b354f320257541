using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>
/// Privacy masks (Media2). Polygons are normalized (x −1 left … +1 right, y −1 bottom … +1 top). Creating or
/// updating a mask is checked against GetMaskOptions before anything is sent; the device's MaxMasks and
/// InvalidPolygon faults are mapped to the same <see cref="OnvifLimitExceededException"/>. Obtain it from
/// <see cref="OnvifDevice.GetMasksAsync"/>, which refuses devices without mask support.
/// </summary>
public sealed class MaskClient
{
    private readonly SoapClient _soap;

    internal MaskClient(SoapClient soap, Uri media2)
    {
        _soap = soap;
        ServiceUri = media2;
    }

    public Uri ServiceUri { get; }

    public async Task<MaskOptions> GetOptionsAsync(string videoSourceConfigurationToken, CancellationToken cancellationToken) =>
        (await _soap.CallAsync<GetMaskOptionsResponse>(ServiceUri, new GetMaskOptions(videoSourceConfigurationToken).ToXml(), cancellationToken).ConfigureAwait(false)).Options;

    /// <summary>Masks of one video source configuration, or every mask when null.</summary>
    public async Task<IReadOnlyList<Mask>> GetMasksAsync(string? videoSourceConfigurationToken, CancellationToken cancellationToken) =>
        (await _soap.CallAsync<GetMasksResponse>(ServiceUri, new GetMasks(ConfigurationToken: videoSourceConfigurationToken).ToXml(), cancellationToken).ConfigureAwait(false)).Masks;

    /// <summary>Creates a mask and returns its token.</summary>
    public async Task<string> CreateAsync(Mask mask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var options = await GetOptionsAsync(mask.ConfigurationToken, cancellationToken).ConfigureAwait(false);
        var existing = await GetMasksAsync(mask.ConfigurationToken, cancellationToken).ConfigureAwait(false);
        if (options.MaxMasks > 0 && existing.Count >= options.MaxMasks)
        {
            throw new OnvifLimitExceededException("MaxMasks", $"video source '{mask.ConfigurationToken}' already has {existing.Count} masks, the camera allows {options.MaxMasks}");
        }

        Check(mask, options);
        var response = await SendAsync<CreateMaskResponse>(new CreateMask(mask with { Token = null }).ToXml(), cancellationToken).ConfigureAwait(false);
        return response.Token;
    }

    /// <summary>Replaces an existing mask (its <see cref="Mask.Token"/> is required).</summary>
    public async Task UpdateAsync(Mask mask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mask);
        if (string.IsNullOrEmpty(mask.Token))
        {
            throw new ArgumentException("updating a mask needs its token", nameof(mask));
        }

        var options = await GetOptionsAsync(mask.ConfigurationToken, cancellationToken).ConfigureAwait(false);
        Check(mask, options);
        await SendAsync<SetMaskResponse>(new SetMask(mask).ToXml(), cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteAsync(string token, CancellationToken cancellationToken) =>
        SendAsync<DeleteMaskResponse>(new DeleteMask(token).ToXml(), cancellationToken);

    private static void Check(Mask mask, MaskOptions options)
    {
        if (options.MaxPoints > 0 && mask.Polygon.Count > options.MaxPoints)
        {
            throw new OnvifLimitExceededException("MaxPoints", $"the polygon has {mask.Polygon.Count} points, the camera allows {options.MaxPoints}");
        }

        if (options.RectangleOnly == true && mask.Polygon.Count != 4)
        {
            throw new OnvifLimitExceededException("RectangleOnly", $"the camera accepts rectangles only (4 points), the polygon has {mask.Polygon.Count}");
        }

        if (options.Types.Count > 0 && !options.Types.Contains(mask.Type))
        {
            throw new OnvifLimitExceededException("Types", $"mask type {mask.Type} is not offered (camera offers {string.Join(", ", options.Types)})");
        }

        try
        {
            MaskPolygon.Validate(mask.Polygon, options);
        }
        catch (OnvifMessageException ex)
        {
            throw new OnvifLimitExceededException("Polygon", $"invalid polygon: {ex.Message}", ex);
        }
    }

    private async Task<T> SendAsync<T>(System.Xml.Linq.XElement request, CancellationToken cancellationToken)
        where T : IOnvifMessage<T>
    {
        try
        {
            return await _soap.CallAsync<T>(ServiceUri, request, cancellationToken).ConfigureAwait(false);
        }
        catch (OnvifFaultException ex) when (ex.Fault.HasSubcode(OnvifFaultCodes.MaxMasks))
        {
            throw new OnvifLimitExceededException("MaxMasks", $"the camera refused the mask: too many masks ({ex.Reason})", ex);
        }
        catch (OnvifFaultException ex) when (ex.Fault.HasSubcode(OnvifFaultCodes.InvalidPolygon))
        {
            throw new OnvifLimitExceededException("Polygon", $"the camera refused the polygon ({ex.Reason})", ex);
        }
    }
}
