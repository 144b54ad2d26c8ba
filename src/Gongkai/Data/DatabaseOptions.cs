namespace Gongkai.Data;

/// <summary>Section `Database`. The connection string itself is `ConnectionStrings:Gongkai`.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string ConnectionStringName = "Gongkai";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
