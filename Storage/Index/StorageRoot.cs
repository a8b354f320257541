namespace Vms.Storage.Index;

/// <summary>A named folder holding segment files (<c>Path/&lt;camera&gt;/&lt;yyyy&gt;/&lt;MM&gt;/&lt;dd&gt;/&lt;HH&gt;/&lt;start&gt;.mp4</c>). The index stores the name, not the path, so a disk can be remounted elsewhere.</summary>
public sealed record StorageRoot(string Name, string Path);
