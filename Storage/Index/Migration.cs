namespace Vms.Storage.Index;

/// <summary>One versioned schema change: the embedded file <c>Migrations/NNNN_name.sql</c> of a dialect.</summary>
internal sealed record Migration(int Version, string Name, string Script);
