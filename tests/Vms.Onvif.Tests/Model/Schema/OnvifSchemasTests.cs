using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model.Schema;

public class OnvifSchemasTests
{
    // The shared samples whose content sits in xs:any slots (removed for XSD 1.0) and so cannot validate here.
    private static readonly HashSet<string> WildcardSamples = ["05_services.xml", "27_cpps.xml", "30_pullresp.xml"];

    public static TheoryData<string> ServiceSamples() =>
        [.. Samples.SharedNames().Where(n => !WildcardSamples.Contains(n) && IsServiceBody(n))];

    [Theory]
    [MemberData(nameof(ServiceSamples))]
    public void Validate_SharedSample_IsValid(string name) => OnvifSchemas.AssertValid(Samples.Shared(name));

    [Fact]
    public void Validate_ElementInWrongNamespace_Fails()
    {
        var body = Samples.Shared("10_getstreamuri.xml");
        var stream = body.Descendants().First(e => e.Name.LocalName == "Stream");
        stream.Name = OnvifNamespaces.Media + "Stream";
        Assert.NotEmpty(OnvifSchemas.Validate(body));
    }

    [Fact]
    public void Validate_ChildrenOutOfOrder_Fails()
    {
        var body = Samples.Shared("12_setvec.xml");
        var configuration = body.Elements().First();
        var quality = configuration.Elements().First(e => e.Name.LocalName == "Quality");
        quality.Remove();
        configuration.Add(quality);
        Assert.NotEmpty(OnvifSchemas.Validate(body));
    }

    // Discovery (01, 02) belongs to the WS-Discovery schemas, which we do not load.
    private static bool IsServiceBody(string name) => int.Parse(name.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) > 2;
}
