using Vms.Host.Cameras.Adoption;
using Vms.Host.Cameras.Registry;
using Vms.Onvif.Client;
using Vms.Onvif.Soap;

namespace Vms.Host.Api.Cameras;

/// <summary>Turns the camera feature's exceptions into problem details: unknown → 404, invalid → 400, clash → 409,
/// adoption or unsupported feature → 422, the camera failing → 502.</summary>
internal static class CameraApiErrors
{
    public const string BadId = "camera ids are 1-64 characters a-z, 0-9 and '-' (not at either end)";

    public static async Task<IResult> Guard(Func<Task<IResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        try
        {
            return await handler().ConfigureAwait(false);
        }
        catch (CameraNotFoundException ex)
        {
            return ApiProblems.NotFound(ex.Message);
        }
        catch (CameraValidationException ex)
        {
            return ApiProblems.BadRequest(ex.Message);
        }
        catch (CameraConflictException ex)
        {
            return ApiProblems.Conflict(ex.Message);
        }
        catch (CameraAdoptionException ex)
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "Adoption failed", ex.Message);
        }
        catch (OnvifFeatureNotSupportedException ex)
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "Not supported by the camera", ex.Message);
        }
        catch (OnvifException ex)
        {
            return ApiProblems.Problem(StatusCodes.Status502BadGateway, "Camera error", ex.Message);
        }
    }
}
