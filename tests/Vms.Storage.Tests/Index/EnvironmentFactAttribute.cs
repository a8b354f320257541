using Xunit.Sdk;

namespace Vms.Storage.Tests.Index;

/// <summary>
/// A fact declared once in an abstract contract class and run for each concrete subclass; a subclass marked
/// <see cref="RequiresEnvironmentAttribute"/> reports its tests skipped (with the hint) when the variable is unset.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Vms.Storage.Tests.Index.EnvironmentFactDiscoverer", "Vms.Storage.Tests")]
public sealed class EnvironmentFactAttribute : FactAttribute
{
}
