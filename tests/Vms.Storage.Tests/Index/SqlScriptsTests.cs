using Vms.Storage.Index;

namespace Vms.Storage.Tests.Index;

public sealed class SqlScriptsTests
{
    [Fact]
    public void Migrations_BothDialects_AreNumberedAndNamedInStep()
    {
        var sqlite = SqlScripts.For(IndexDialect.Sqlite).Migrations;
        var sqlServer = SqlScripts.For(IndexDialect.SqlServer).Migrations;

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite.Select(m => (m.Version, m.Name)), sqlServer.Select(m => (m.Version, m.Name)));
        Assert.Equal(Enumerable.Range(1, sqlite.Count), sqlite.Select(m => m.Version));
    }

    [Theory]
    [InlineData(IndexDialect.Sqlite)]
    [InlineData(IndexDialect.SqlServer)]
    public void Queries_EachDialect_ProvidesExactlyTheNamedQueries(IndexDialect dialect)
    {
        var scripts = SqlScripts.For(dialect);

        Assert.Equal(QueryNames.All.Order(StringComparer.Ordinal), scripts.QueryNames.Order(StringComparer.Ordinal));
        Assert.All(QueryNames.All, n => Assert.False(string.IsNullOrWhiteSpace(scripts[n])));
    }

    [Fact]
    public void SplitBatches_SqlServerScriptWithGoLines_SplitsThere()
    {
        var dialect = SqlDialect.For(IndexDialect.SqlServer);

        var batches = dialect.SplitBatches("CREATE TABLE a (x int);\nGO\n  go  \nCREATE TRIGGER t ON a AFTER INSERT AS SELECT 1;\nGO\n");

        Assert.Equal(["CREATE TABLE a (x int);\n", "CREATE TRIGGER t ON a AFTER INSERT AS SELECT 1;\n"], batches);
    }

    [Fact]
    public void SplitBatches_SqlServerMigrations_PutEachTriggerFirstInItsBatch()
    {
        var dialect = SqlDialect.For(IndexDialect.SqlServer);
        foreach (var migration in SqlScripts.For(IndexDialect.SqlServer).Migrations)
        {
            foreach (var batch in dialect.SplitBatches(migration.Script))
            {
                var code = string.Join('\n', batch.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal) && l.Trim().Length > 0));
                if (code.Contains("CREATE TRIGGER", StringComparison.Ordinal))
                {
                    Assert.StartsWith("CREATE TRIGGER", code, StringComparison.Ordinal);
                }
            }
        }
    }
}
