using System.Reflection;

namespace Vms.Architecture.Tests;

/// <summary>The dependency rule of docs/DESIGN: libraries reference only what the table allows.</summary>
public sealed class DependencyRuleTests
{
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "Vms.Rtsp", [] },
        { "Vms.Onvif", [] },
        { "Vms.Storage", ["Vms.Rtsp"] },
        { "Vms.Simulators", ["Vms.Onvif", "Vms.Rtsp"] },
        { "vms", ["Vms.Onvif", "Vms.Rtsp", "Vms.Storage", "Vms.Simulators"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void ReferencedAssemblies_OfOurs_AreOnlyTheAllowedOnes(string assembly, string[] allowed)
    {
        var referenced = Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(IsOurs)
            .ToArray();

        var forbidden = referenced.Except(allowed).ToArray();
        Assert.True(forbidden.Length == 0, $"{assembly} references {string.Join(", ", forbidden)}; allowed: [{string.Join(", ", allowed)}]");
    }

    [Theory]
    [InlineData("Vms.Rtsp")]
    [InlineData("Vms.Onvif")]
    [InlineData("Vms.Storage")]
    public void Libraries_DoNotReferenceTheHostingStack(string assembly)
    {
        var hosting = Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal) ||
                        n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .ToArray();
        Assert.Empty(hosting);
    }

    [Fact]
    public void Storage_UsesOnlyTheMediaNamespaceOfRtsp()
    {
        var storage = Load("Vms.Storage");
        var rtsp = Load("Vms.Rtsp");
        var rtspTypes = rtsp.GetExportedTypes().Concat(rtsp.GetTypes()).Select(t => t.FullName).ToHashSet();

        // every type reference from Storage into Rtsp must lie in Vms.Rtsp.Media
        var offending = storage.GetTypes()
            .SelectMany(ReferencedTypes)
            .Where(t => t.Assembly == rtsp && !(t.Namespace ?? string.Empty).StartsWith("Vms.Rtsp.Media", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .Distinct()
            .ToArray();
        Assert.True(offending.Length == 0, "Storage uses " + string.Join(", ", offending));
        Assert.NotEmpty(rtspTypes);
    }

    private static IEnumerable<Type> ReferencedTypes(Type t)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var f in t.GetFields(all))
        {
            yield return f.FieldType;
        }

        foreach (var p in t.GetProperties(all))
        {
            yield return p.PropertyType;
        }

        foreach (var m in t.GetMethods(all))
        {
            yield return m.ReturnType;
            foreach (var prm in m.GetParameters())
            {
                yield return prm.ParameterType;
            }
        }

        foreach (var c in t.GetConstructors(all))
        {
            foreach (var prm in c.GetParameters())
            {
                yield return prm.ParameterType;
            }
        }

        if (t.BaseType is not null)
        {
            yield return t.BaseType;
        }

        foreach (var i in t.GetInterfaces())
        {
            yield return i;
        }
    }

    private static bool IsOurs(string name) => name.StartsWith("Vms.", StringComparison.Ordinal) || name == "vms";

    private static Assembly Load(string name) =>
        Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, name + ".dll"));
}
