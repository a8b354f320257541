namespace Vms.Onvif.Model.Common;

/// <summary>Another spelling readers accept for an enumeration value (e.g. the Media2 prose's "Pixelized" for
/// <c>Pixelated</c>). Writers always use the schema spelling.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = true)]
internal sealed class XmlAliasAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}
