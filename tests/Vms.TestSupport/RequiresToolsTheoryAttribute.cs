namespace Vms.TestSupport;

/// <summary>The <see cref="TheoryAttribute"/> twin of <see cref="RequiresToolsFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolsTheoryAttribute : TheoryAttribute
{
    public RequiresToolsTheoryAttribute(params string[] tools)
    {
        var missing = ExternalTools.Missing(tools);
        if (missing.Count > 0 && !ExternalTools.InCi)
        {
            Skip = $"needs {string.Join(", ", missing)} (not installed; `bash .ci/run` installs it)";
        }
    }
}
