using System.Reflection;
using System.Xml.Serialization;

namespace Vms.Onvif.Model.Common;

/// <summary>Maps an enumeration to its schema text: the <see cref="XmlEnumAttribute"/> name when present, else the
/// member name. Reading is case-insensitive and accepts <see cref="XmlAliasAttribute"/> spellings; numbers are refused.</summary>
internal static class XmlEnumText<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, string> Texts = [];
    private static readonly Dictionary<string, T> Values = new(StringComparer.OrdinalIgnoreCase);

    static XmlEnumText()
    {
        foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (T)field.GetValue(null)!;
            var text = field.GetCustomAttribute<XmlEnumAttribute>()?.Name ?? field.Name;
            Texts[value] = text;
            Values[text] = value;
            foreach (var alias in field.GetCustomAttributes<XmlAliasAttribute>())
            {
                Values.TryAdd(alias.Text, value);
            }
        }
    }

    /// <summary>The schema spellings, in declaration order.</summary>
    public static IEnumerable<string> AllTexts => Texts.Values;

    public static string Format(T value) =>
        Texts.TryGetValue(value, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a defined {typeof(T).Name}");

    public static bool TryParse(string text, out T value) => Values.TryGetValue(text, out value);
}
