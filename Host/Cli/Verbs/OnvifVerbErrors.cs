using Vms.Onvif.Client;
using Vms.Onvif.Soap;

namespace Vms.Host.Cli.Verbs;

/// <summary>Turns ONVIF client failures into the one-line reasons of the <c>vms</c> verbs.</summary>
internal static class OnvifVerbErrors
{
    public static VerbFailedException ToVerbFailure(Exception ex, Uri device) => ex switch
    {
        OnvifUnreachableException u => new VerbFailedException($"unreachable: {OneLine(u.Message)}", ex),
        OnvifNotAuthorizedException n => new VerbFailedException($"bad credentials for {device.GetLeftPart(UriPartial.Authority)}: {OneLine(n.Reason)}", ex),
        OnvifProtocolException p => new VerbFailedException($"not an ONVIF device: {OneLine(p.Message)}", ex),
        OnvifFaultException f => new VerbFailedException($"device fault: {OneLine(f.Message)}", ex),
        _ => new VerbFailedException(OneLine(ex.Message), ex),
    };

    public static bool IsOnvifFailure(Exception ex) => ex is OnvifException;

    public static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
