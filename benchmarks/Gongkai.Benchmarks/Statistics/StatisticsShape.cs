using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Benchmarks.Statistics;

/// <summary>
/// How big a generated district is. The key names the cached database, so a new shape, generator version or latest
/// migration is generated afresh (PostgreSQL allows 63 characters in a name, "_loading" included).
/// </summary>
public sealed record StatisticsShape(int Agencies, int Cases, int Seed = 20261126, int FirstYear = 2024)
{
    /// <summary>Raised whenever the generated rows change, so stale caches are not reused.</summary>
    public const int Version = 2;

    public static StatisticsShape Benchmark { get; } = new(5_000, 1_000_000);

    public int SecondYear => FirstYear + 1;

    private static readonly Lazy<string> Schema = new(() =>
    {
        using var db = DatabaseConnection.Sqlite("Data Source=:memory:").CreateContext(TimeProvider.System);
        var latest = db.Database.GetMigrations().Last();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(latest[(latest.IndexOf('_', StringComparison.Ordinal) + 1)..])))[..8];
    });

    public string Key => string.Create(CultureInfo.InvariantCulture, $"gkbench_v{Version}_{Schema.Value}_{Agencies}a_{Cases}c_{FirstYear}_s{Seed}");

    /// <summary>The code of agency <paramref name="id"/>; agency 1 is the district government, 2 the busiest department.</summary>
    public static string Code(int id) => string.Create(CultureInfo.InvariantCulture, $"B{id:D5}");
}
