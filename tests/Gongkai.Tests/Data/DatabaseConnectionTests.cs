using Gongkai.Data;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Tests.Data;

public sealed class DatabaseConnectionTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void SqliteWithoutAConnectionStringIsAFileInTheDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"gongkai-conn-{Guid.NewGuid():N}");
        try
        {
            var connection = DatabaseConnection.FromConfiguration(Settings(), directory);

            Assert.Equal(DatabaseProvider.Sqlite, connection.Provider);
            Assert.True(connection.IsEmbeddedDefault);
            Assert.Equal($"Data Source={Path.Combine(directory, "gongkai.db")}", connection.ConnectionString);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void PostgresTakesTheConfiguredConnectionString()
    {
        var connection = DatabaseConnection.FromConfiguration(
            Settings(("Database:Provider", "postgres"), ("ConnectionStrings:Gongkai", "Host=db;Database=gongkai")), "unused");

        Assert.Equal(DatabaseProvider.Postgres, connection.Provider);
        Assert.False(connection.IsEmbeddedDefault);
    }

    [Fact]
    public void PostgresWithoutAConnectionStringStopsWithAClearMessage()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(
            () => DatabaseConnection.FromConfiguration(Settings(("Database:Provider", "Postgres")), "unused"));

        Assert.Contains("ConnectionStrings:Gongkai", error.Message);
    }

    [Fact]
    public void AnUnknownProviderIsNamedInTheMessage()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(
            () => DatabaseConnection.FromConfiguration(Settings(("Database:Provider", "MySql")), "unused"));

        Assert.Contains("MySql", error.Message);
    }
}
