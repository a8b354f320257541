namespace Vms.Storage.Retention;

/// <summary>
/// A root whose quota the sweep could not meet: <see cref="MissingBytes"/> more would have to go, but what is
/// left is held (<see cref="HeldBytes"/>) or there was nothing more to delete.
/// </summary>
public sealed record QuotaShortfall(string Root, long MissingBytes, long HeldBytes, string Reason);
