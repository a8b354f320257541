using System.Xml.Linq;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Model.Support;

/// <summary>Loads message bodies: the shared ONVIF samples and this project's vendor-style fixtures.</summary>
public static class Samples
{
    public static XElement Shared(string name) => XElement.Parse(Fixtures.OnvifSample(name), LoadOptions.PreserveWhitespace);

    public static XElement Fixture(string name) => XElement.Parse(Fixtures.Text(Path.Combine("Model", name)), LoadOptions.PreserveWhitespace);

    public static IEnumerable<string> SharedNames() =>
        Directory.GetFiles(Path.Combine(Fixtures.SharedOnvif(), "samples"), "*.xml").Select(Path.GetFileName).Order()!;
}
