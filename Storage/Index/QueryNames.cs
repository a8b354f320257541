namespace Vms.Storage.Index;

/// <summary>The embedded query files every dialect provides (<c>Sql/&lt;Dialect&gt;/Queries/&lt;name&gt;.sql</c>).</summary>
internal static class QueryNames
{
    public const string ConnectionOpen = "Connection.Open";
    public const string DatabasePrepare = "Database.Prepare";
    public const string SchemaVersionCreate = "SchemaVersion.Create";
    public const string SchemaVersionLock = "SchemaVersion.Lock";
    public const string SchemaVersionSelect = "SchemaVersion.Select";
    public const string SchemaVersionInsert = "SchemaVersion.Insert";
    public const string SegmentsUpsert = "Segments.Upsert";
    public const string SegmentsDelete = "Segments.Delete";
    public const string SegmentsCount = "Segments.Count";
    public const string SegmentsFindRange = "Segments.FindRange";
    public const string SegmentsOpenAt = "Segments.OpenAt";
    public const string SegmentsTimeline = "Segments.Timeline";
    public const string SegmentsPageByRoot = "Segments.PageByRoot";
    public const string SegmentsPageByCameraBefore = "Segments.PageByCameraBefore";
    public const string UsagePerCamera = "Usage.PerCamera";
    public const string UsagePerRoot = "Usage.PerRoot";
    public const string UsageTotalDays = "Usage.TotalDays";
    public const string JournalHead = "Journal.Head";
    public const string JournalInsert = "Journal.Insert";
    public const string JournalPage = "Journal.Page";
    public const string JournalFindByCamera = "Journal.FindByCamera";
    public const string HoldsInsert = "Holds.Insert";
    public const string HoldsRelease = "Holds.Release";
    public const string HoldsGet = "Holds.Get";
    public const string HoldsActive = "Holds.Active";
    public const string HoldsAll = "Holds.All";

    /// <summary>Every name above (the contract both dialects must satisfy).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ConnectionOpen, DatabasePrepare, SchemaVersionCreate, SchemaVersionLock, SchemaVersionSelect, SchemaVersionInsert,
        SegmentsUpsert, SegmentsDelete, SegmentsCount, SegmentsFindRange, SegmentsOpenAt, SegmentsTimeline,
        SegmentsPageByRoot, SegmentsPageByCameraBefore, UsagePerCamera, UsagePerRoot, UsageTotalDays,
        JournalHead, JournalInsert, JournalPage, JournalFindByCamera,
        HoldsInsert, HoldsRelease, HoldsGet, HoldsActive, HoldsAll,
    ];
}
