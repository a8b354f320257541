using Xunit.Abstractions;
using Xunit.Sdk;

namespace Vms.Storage.Tests.Index;

/// <summary>Discovers <see cref="EnvironmentFactAttribute"/> tests, skipping them per test class when its variable is unset.</summary>
public sealed class EnvironmentFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        string? skip = null;
        var requirement = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        if (requirement is not null)
        {
            var args = requirement.GetConstructorArguments().ToArray();
            var variable = (string)args[0];
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)))
            {
                skip = $"set {variable} to run this: {(string)args[1]}";
            }
        }

        yield return new EnvironmentSkippableTestCase(
            diagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            skip);
    }
}
