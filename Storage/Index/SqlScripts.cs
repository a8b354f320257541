using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Vms.Storage.Index;

/// <summary>
/// The SQL of one dialect, read from the embedded resources <c>Index/Sql/&lt;Dialect&gt;/Queries/*.sql</c> and
/// <c>Index/Sql/&lt;Dialect&gt;/Migrations/NNNN_name.sql</c>.
/// </summary>
internal sealed class SqlScripts
{
    private const string ResourcePrefix = "Vms.Storage.Index.Sql.";
    private const string SqlSuffix = ".sql";

    private static readonly ConcurrentDictionary<IndexDialect, SqlScripts> Cache = new();

    private readonly Dictionary<string, string> _queries;

    private SqlScripts(IndexDialect dialect, Dictionary<string, string> queries, IReadOnlyList<Migration> migrations)
    {
        Dialect = dialect;
        _queries = queries;
        Migrations = migrations;
    }

    public IndexDialect Dialect { get; }

    /// <summary>The migrations in version order (1, 2, 3, ... without holes).</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>The names of the query files (without folder and extension).</summary>
    public IEnumerable<string> QueryNames => _queries.Keys;

    public string this[string name] =>
        _queries.TryGetValue(name, out var sql) ? sql : throw new SegmentIndexException($"the {Dialect} dialect has no query file {name}.sql");

    public static SqlScripts For(IndexDialect dialect) => Cache.GetOrAdd(dialect, Load);

    private static SqlScripts Load(IndexDialect dialect)
    {
        var assembly = typeof(SqlScripts).Assembly;
        var queriesPrefix = $"{ResourcePrefix}{dialect}.Queries.";
        var migrationsPrefix = $"{ResourcePrefix}{dialect}.Migrations.";
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.EndsWith(SqlSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            if (resource.StartsWith(queriesPrefix, StringComparison.Ordinal))
            {
                queries[resource[queriesPrefix.Length..^SqlSuffix.Length]] = Read(assembly, resource);
            }
            else if (resource.StartsWith(migrationsPrefix, StringComparison.Ordinal))
            {
                migrations.Add(ParseMigration(resource[migrationsPrefix.Length..^SqlSuffix.Length], Read(assembly, resource)));
            }
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new SegmentIndexException($"{dialect} migrations must be numbered 0001, 0002, ... without holes; found {migrations[i].Version:D4} at position {i + 1}");
            }
        }

        return new SqlScripts(dialect, queries, migrations);
    }

    private static Migration ParseMigration(string fileName, string script)
    {
        // NNNN_name
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore != 4 || !int.TryParse(fileName.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            throw new SegmentIndexException($"migration file {fileName}.sql is not named NNNN_name.sql");
        }

        return new Migration(version, fileName[(underscore + 1)..], script);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new SegmentIndexException($"embedded SQL {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
