using System.Globalization;
using System.Reflection;

namespace Vms.Host.Data;

/// <summary>
/// The schema scripts of one dialect, read from the embedded resources <c>Data/Sql/&lt;Dialect&gt;/NNNN_name.sql</c>.
/// Versions are unique and applied in ascending order; holes are allowed, so that each feature owns a range
/// (cameras 0010–0019, security and audit 0020–0029, streaming and recording 0030–0039, exports 0040–0049).
/// </summary>
public static class HostMigrations
{
    private const string ResourcePrefix = "Vms.Host.Data.Sql.";

    public static IReadOnlyList<HostMigration> For(HostDialect dialect)
    {
        var assembly = typeof(HostMigrations).Assembly;
        var prefix = $"{ResourcePrefix}{dialect}.";
        var migrations = new List<HostMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(prefix, StringComparison.Ordinal) && resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                migrations.Add(Parse(resource[prefix.Length..^4], Read(assembly, resource)));
            }
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new HostDatabaseException($"two {dialect} migrations have version {migrations[i].Version:D4}: {migrations[i - 1].Name} and {migrations[i].Name}");
            }
        }

        return migrations;
    }

    private static HostMigration Parse(string fileName, string script)
    {
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore != 4 || !int.TryParse(fileName.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version == 0)
        {
            throw new HostDatabaseException($"migration file '{fileName}.sql' is not named NNNN_name.sql");
        }

        return new HostMigration(version, fileName[(underscore + 1)..], script);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new HostDatabaseException($"embedded script {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
