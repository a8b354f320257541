using System.Reflection;
using System.Xml.Linq;
using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Tests.Model.Support;

/// <summary>Every message type of the model (found by reflection), and a generic way to write and read one.</summary>
public static class MessageCatalog
{
    public static IReadOnlyList<Type> All { get; } =
    [
        .. typeof(IOnvifMessage<>).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IOnvifMessage<>)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    public static Type ByName(string fullName) => All.Single(t => t.FullName == fullName);

    public static XName ElementName(Type type) =>
        (XName)type.GetProperty("ElementName", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!;

    public static XElement Write(object message) => (XElement)message.GetType().GetMethod("ToXml", Type.EmptyTypes)!.Invoke(message, null)!;

    public static object Read(Type type, XElement element)
    {
        var method = type.GetMethod("FromXml", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy, [typeof(XElement)])!;
        try
        {
            return method.Invoke(null, [element])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
