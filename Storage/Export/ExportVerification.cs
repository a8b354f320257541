namespace Vms.Storage.Export;

/// <summary>The verdict on an export folder: every problem found (empty when valid), and notes that do not invalidate it.</summary>
public sealed record ExportVerification(bool IsValid, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)
{
    public override string ToString() => IsValid ? "valid" : "INVALID: " + string.Join("; ", Problems);
}
