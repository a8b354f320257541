using System.Net;
using Microsoft.Extensions.Options;
using Vms.Host.Options;

namespace Vms.Host.Demo;

/// <summary>Checks the <c>Vms:Demo</c> settings at start (beside <see cref="VmsOptionsValidator"/>).</summary>
internal sealed class DemoOptionsValidator : IValidateOptions<VmsOptions>
{
    public ValidateOptionsResult Validate(string? name, VmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var demo = options.Demo;
        if (demo.Cameras == 0)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!IPAddress.TryParse(demo.Address, out var address) || !IPAddress.IsLoopback(address))
        {
            errors.Add($"Vms:Demo:Address must be a loopback IP address (127.x.x.x), not '{demo.Address}'");
        }

        if (string.IsNullOrWhiteSpace(demo.Username) || demo.Username.Length > 64 || demo.Username.Any(c => c == ':' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            errors.Add("Vms:Demo:Username must be 1-64 characters without ':', spaces or control characters");
        }

        if (string.IsNullOrEmpty(demo.Password) || demo.Password.Length > 128)
        {
            errors.Add("Vms:Demo:Password must be 1-128 characters");
        }

        if (demo.AdminPassword is not { Length: >= Security.UserAdministration.MinPasswordLength and <= 128 })
        {
            errors.Add($"Vms:Demo:AdminPassword must be {Security.UserAdministration.MinPasswordLength}-128 characters");
        }

        if (demo.DiscoveryPort is < 1 or > 65535)
        {
            errors.Add($"Vms:Demo:DiscoveryPort must be 1..65535, not {demo.DiscoveryPort}");
        }

        if (!DemoFleetPlan.TryParseResolution(demo.MainResolution, out _, out _))
        {
            errors.Add($"Vms:Demo:MainResolution must be WIDTHxHEIGHT with even sizes from 16x16 to 2048x2304, not '{demo.MainResolution}'");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
