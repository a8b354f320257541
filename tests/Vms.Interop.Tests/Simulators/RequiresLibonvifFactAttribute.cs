using Vms.TestSupport;

namespace Vms.Interop.Tests.Simulators;

/// <summary>
/// A fact that compiles a client against libonvif: needs gcc, ffmpeg and libonvif's header (Debian <c>libonvif-dev</c>).
/// Outside CI a missing piece skips the test with a message naming it; under CI (<c>CI=true</c>) the test runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresLibonvifFactAttribute : FactAttribute
{
    public RequiresLibonvifFactAttribute()
    {
        List<string> missing = [.. ExternalTools.Missing("gcc", "ffmpeg")];
        if (LibonvifPtzHarness.FindHeaderFolder() is null)
        {
            missing.Add("onvif.h (libonvif-dev)");
        }

        if (missing.Count > 0 && !ExternalTools.InCi)
        {
            Skip = $"needs {string.Join(", ", missing)} (not installed; `bash .ci/run` installs it)";
        }
    }
}
