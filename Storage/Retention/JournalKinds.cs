namespace Vms.Storage.Retention;

/// <summary>The stored (and hashed) text of each <see cref="JournalKind"/>; part of the canonical serialization.</summary>
public static class JournalKinds
{
    public static string ToText(JournalKind kind) => kind switch
    {
        JournalKind.Age => "age",
        JournalKind.Quota => "quota",
        JournalKind.Manual => "manual",
        JournalKind.Missing => "missing",
        JournalKind.HoldPlaced => "hold-placed",
        JournalKind.HoldReleased => "hold-released",
        _ => "unknown",
    };

    public static JournalKind Parse(string text) => text switch
    {
        "age" => JournalKind.Age,
        "quota" => JournalKind.Quota,
        "manual" => JournalKind.Manual,
        "missing" => JournalKind.Missing,
        "hold-placed" => JournalKind.HoldPlaced,
        "hold-released" => JournalKind.HoldReleased,
        _ => JournalKind.Unknown,
    };

    /// <summary>True for the kinds that record an erasure (as opposed to hold events).</summary>
    public static bool IsErasure(JournalKind kind) => kind is JournalKind.Age or JournalKind.Quota or JournalKind.Manual or JournalKind.Missing;
}
