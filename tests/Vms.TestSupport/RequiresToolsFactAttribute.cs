namespace Vms.TestSupport;

/// <summary>
/// A fact that needs third-party tools. Outside CI a missing tool skips the test with a message naming it;
/// under CI (<c>CI=true</c>) the test runs and fails, so interop never passes silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolsFactAttribute : FactAttribute
{
    public RequiresToolsFactAttribute(params string[] tools)
    {
        var missing = ExternalTools.Missing(tools);
        if (missing.Count > 0 && !ExternalTools.InCi)
        {
            Skip = $"needs {string.Join(", ", missing)} (not installed; `bash .ci/run` installs it)";
        }
    }

    /// <summary>Also require root (network namespaces); outside CI a non-root run skips.</summary>
    public bool NeedsRoot
    {
        get => false;
        init
        {
            if (value && !ExternalTools.IsRoot && !ExternalTools.InCi && Skip is null)
            {
                Skip = "needs root to create network namespaces";
            }
        }
    }
}
