namespace Gongkai.Data;

/// <summary>The database products Gongkai runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
