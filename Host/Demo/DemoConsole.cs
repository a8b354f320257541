namespace Vms.Host.Demo;

/// <summary>Where the demo banner is printed (registered by <c>vms run</c>; an embedding application without it gets the banner in its log).</summary>
internal sealed record DemoConsole(TextWriter Out);
