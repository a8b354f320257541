using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model;

/// <summary>Corpus replay with seeded mutations: every reader, fed damaged bodies (elements dropped, duplicated,
/// renamed or moved to another namespace, values replaced by garbage, attributes removed), either reads them or throws
/// <see cref="OnvifMessageException"/> — never another exception type.</summary>
public class MessageMutationTests
{
    private const int MutantsPerMessage = 100;

    private static readonly string[] Garbage =
    [
        string.Empty, " ", "-", "x", "NaN", "INF", "1e40", "-2147483649", "99999999999999999999", "2147483648", "3.5", "0x10",
        "true1", "P", "PT", "P1Y2M3DT4H5M6.7S", "-PT1S", "PT1.5M", "2026-13-01T00:00:00Z", "2026-02-30T10:00:00Z", "10:00",
        "tns1:", ":", "undeclared:Topic", "tns1:A//.|", "|", new string('a', 65), new string('9', 400), "\u00e9\u4e2d", "<>&",
    ];

    public static TheoryData<string> Types() => [.. MessageCatalog.All.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Types))]
    public void FromXml_MutatedBodies_ReadOrThrowOnvifMessageException(string typeName)
    {
        var type = MessageCatalog.ByName(typeName);
        var random = new Random(typeName.Length * 7919);
        var corpus = Enumerable.Range(1, 4).Select(seed => MessageCatalog.Write(ModelGenerator.Create(seed).Create(type, 0))).ToList();
        for (var i = 0; i < MutantsPerMessage; i++)
        {
            var mutant = new XElement(corpus[i % corpus.Count]);
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                Mutate(mutant, random);
            }

            try
            {
                MessageCatalog.Read(type, mutant);
            }
            catch (OnvifMessageException)
            {
                // a typed refusal is the expected outcome for damaged input
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name}: {e.Message}\n{mutant}");
            }
        }
    }

    [Fact]
    public void FromXml_WrongElement_ThrowsTagMismatch()
    {
        var error = Assert.Throws<OnvifMessageException>(() => Vms.Onvif.Model.Media.GetStreamUri.FromXml(Samples.Shared("14_tr2streamuri.xml")));
        Assert.Equal(OnvifFault.TagMismatch, error.Fault);
    }

    private static void Mutate(XElement root, Random random)
    {
        var elements = root.DescendantsAndSelf().ToList();
        var target = elements[random.Next(elements.Count)];
        switch (random.Next(7))
        {
            case 0 when target != root:
                target.Remove();
                break;
            case 1 when target != root:
                target.AddAfterSelf(new XElement(target));
                break;
            case 2 when target != root:
                target.Name = target.Name.Namespace + (target.Name.LocalName + "X");
                break;
            case 3 when target != root:
                target.Name = XNamespace.Get("urn:other") + target.Name.LocalName;
                break;
            case 4 when !target.HasElements:
                target.Value = Garbage[random.Next(Garbage.Length)];
                break;
            case 5 when target.Attributes().Any(a => !a.IsNamespaceDeclaration):
                var attributes = target.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
                var attribute = attributes[random.Next(attributes.Count)];
                if (random.Next(2) == 0)
                {
                    attribute.Remove();
                }
                else
                {
                    attribute.Value = Garbage[random.Next(Garbage.Length)];
                }

                break;
            default:
                target.RemoveNodes();
                break;
        }
    }
}
