using System.Globalization;

namespace Gongkai.Benchmarks.Statistics;

/// <summary>How big a generated district is; the key names the cached database, so a new shape or generator version is generated afresh.</summary>
public sealed record StatisticsShape(int Agencies, int Cases, int Seed = 20261126, int FirstYear = 2024)
{
    /// <summary>Raised whenever the generated rows change, so stale caches are not reused.</summary>
    public const int Version = 1;

    public static StatisticsShape Benchmark { get; } = new(5_000, 1_000_000);

    public int SecondYear => FirstYear + 1;

    public string Key => string.Create(CultureInfo.InvariantCulture, $"gongkai_bench_v{Version}_{Agencies}a_{Cases}c_{FirstYear}_s{Seed}");

    /// <summary>The code of agency <paramref name="id"/>; agency 1 is the district government, 2 the busiest department.</summary>
    public static string Code(int id) => string.Create(CultureInfo.InvariantCulture, $"B{id:D5}");
}
