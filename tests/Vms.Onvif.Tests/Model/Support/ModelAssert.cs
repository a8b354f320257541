using System.Collections;
using System.Reflection;
using System.Xml.Linq;

namespace Vms.Onvif.Tests.Model.Support;

/// <summary>Structural equality for model records (lists compared item by item, XML by content), reporting the path
/// of the first difference.</summary>
public static class ModelAssert
{
    public static void Equivalent(object? expected, object? actual)
    {
        var difference = Compare(expected, actual, "$");
        Assert.True(difference is null, difference);
    }

    private static string? Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }

        if (expected.GetType() != actual.GetType() && !(expected is IEnumerable && actual is IEnumerable && expected is not string))
        {
            return $"{path}: expected type {expected.GetType().Name}, got {actual.GetType().Name}";
        }

        switch (expected)
        {
            case XElement xml:
                return XNode.DeepEquals(WithoutDeclarations(xml), WithoutDeclarations((XElement)actual)) ? null : $"{path}: expected {xml}, got {actual}";
            case string or bool or int or long or float or double or decimal or Enum or DateTime or DateTimeOffset or TimeSpan or XName or XNamespace:
                return expected.Equals(actual) ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
            case IEnumerable sequence:
                var left = sequence.Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                if (left.Count != right.Count)
                {
                    return $"{path}: expected {left.Count} items, got {right.Count}";
                }

                for (var i = 0; i < left.Count; i++)
                {
                    if (Compare(left[i], right[i], $"{path}[{i}]") is { } itemDifference)
                    {
                        return itemDifference;
                    }
                }

                return null;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static XElement WithoutDeclarations(XElement element)
    {
        var copy = new XElement(element);
        copy.DescendantsAndSelf().Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        return copy;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        float f => f.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
