using System.Xml.Linq;
using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model;

/// <summary>Every message of the model: random value → XML text → parsed → read back gives the same value, and the
/// written body is valid against the ONVIF schemas (wildcard slot content validated on its own).</summary>
public class MessageRoundTripTests
{
    private const int SeedsPerMessage = 8;

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var type in MessageCatalog.All)
        {
            for (var seed = 1; seed <= SeedsPerMessage; seed++)
            {
                data.Add(type.FullName!, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToXml_ThenFromXml_GivesSameMessage(string typeName, int seed)
    {
        var type = MessageCatalog.ByName(typeName);
        var message = ModelGenerator.Create(seed).Create(type, 0);
        var text = MessageCatalog.Write(message).ToString(SaveOptions.DisableFormatting);
        var back = MessageCatalog.Read(type, XElement.Parse(text));
        ModelAssert.Equivalent(message, back);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToXml_RandomMessage_IsSchemaValid(string typeName, int seed)
    {
        var type = MessageCatalog.ByName(typeName);
        var message = ModelGenerator.Create(seed).Create(type, 0);
        var body = MessageCatalog.Write(message);
        Assert.Equal(MessageCatalog.ElementName(type), body.Name);
        WildcardContent.AssertValid(body);
    }
}
