namespace Vms.Storage.Tests.Index;

/// <summary>
/// On a test class: its <see cref="EnvironmentFactAttribute"/> tests are skipped, with <see cref="Hint"/>, when
/// the environment variable <see cref="Variable"/> is empty.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string hint) : Attribute
{
    public string Variable { get; } = variable;

    public string Hint { get; } = hint;
}
