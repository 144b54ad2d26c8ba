using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Gongkai.AnnualReports;
using Gongkai.Applications;
using Gongkai.Benchmarks.Statistics;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Benchmarks;

/// <summary>
/// Sections 三 and 四 compiled over 5,000 agencies, 1,000,000 cases and their reconsideration and litigation records
/// (<see cref="StatisticsShape.Benchmark"/>), for the busiest agency and for the whole district, each against its
/// baseline: the same GROUP BYs by hand over plain ADO.NET, section 三 for the year and the year before (S3-CARRY checks
/// the carry-over) and section 四 for the year, which is the data a compile needs.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class CompileBenchmarks
{
    private const int Year = 2025;
    private const int BusiestAgency = 2;
    private DatabaseConnection connection = null!;
    private GongkaiDbContext db = null!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    /// <summary>SQLite always; PostgreSQL when its server answers, with a note otherwise.</summary>
    public static IEnumerable<DatabaseProvider> Providers()
    {
        yield return DatabaseProvider.Sqlite;
        if (StatisticsDatabase.PostgresUnavailable() is { } reason)
            Console.WriteLine($"// PostgreSQL skipped: no server at {StatisticsDatabase.PostgresVariable} or the test default ({reason})");
        else
            yield return DatabaseProvider.Postgres;
    }

    [GlobalSetup]
    public void Setup()
    {
        var shape = StatisticsShape.Benchmark;
        connection = (Provider == DatabaseProvider.Sqlite
            ? StatisticsDatabase.SqliteAsync(shape)
            : StatisticsDatabase.PostgresAsync(shape)).GetAwaiter().GetResult();
        db = connection.CreateContext(TimeProvider.System);
        db.Database.OpenConnection();
    }

    [GlobalCleanup]
    public void Cleanup() => db.Dispose();

    [BenchmarkCategory("agency-year"), Benchmark(Baseline = true, Description = "raw GROUP BY, one agency")]
    public async Task<int> RawAgency() =>
        (await RawGroupBy.RunAsync(db.Database.GetDbConnection(), Year, BusiestAgency)).Count
        + (await RawGroupBy.RunAsync(db.Database.GetDbConnection(), Year - 1, BusiestAgency)).Count
        + (await RawGroupBy.RemediesAsync(db.Database.GetDbConnection(), Year, BusiestAgency)).Count;

    [BenchmarkCategory("agency-year"), Benchmark(Description = "compile one agency")]
    public async Task<AnnualReport?> CompileAgency() =>
        await ReportCompiler.CompileAsync(db, StatisticsShape.Code(BusiestAgency), Year, CancellationToken.None);

    [BenchmarkCategory("district"), Benchmark(Baseline = true, Description = "raw GROUP BY, all agencies")]
    public async Task<int> RawDistrict() =>
        (await RawGroupBy.RunAsync(db.Database.GetDbConnection(), Year)).Count
        + (await RawGroupBy.RunAsync(db.Database.GetDbConnection(), Year - 1)).Count
        + (await RawGroupBy.RemediesAsync(db.Database.GetDbConnection(), Year)).Count;

    [BenchmarkCategory("district"), Benchmark(Description = "compile the district")]
    public async Task<AnnualReport> CompileDistrict() => await ReportCompiler.CompileDistrictAsync(db, Year, CancellationToken.None);
}
