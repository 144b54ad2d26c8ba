using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;
using Gongkai.Benchmarks.Statistics;
using Gongkai.Data;
using Gongkai.Remedies;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Tests.Benchmarks;

/// <summary>The statistics benchmark's generator and compile path on a small district (20 agencies, 2,000 cases).</summary>
public sealed class StatisticsDatabaseTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("gongkai-bench-").FullName;

    // A fresh seed, so a run never reuses (or collides with) a database another run left on the shared server.
    private readonly StatisticsShape shape = new(20, 2_000, Seed: Random.Shared.Next());

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheGeneratedDistrictCompilesToTheRawGroupByCountsAndIsReused(DatabaseProvider provider)
    {
        var connection = await CreateAsync();
        try
        {
            await using var db = connection.CreateContext(TimeProvider.System);
            Assert.Equal((20, 2_000), (await db.Agencies.CountAsync(Cancellation), await db.Applications.CountAsync(Cancellation)));
            Assert.Contains(await db.Applications.Select(a => a.Applicant.Type).Distinct().ToListAsync(Cancellation), t => t != ApplicantType.NaturalPerson);
            Assert.True(await db.Applications.CountAsync(a => a.ConcludedOn == null, Cancellation) > 0);

            await db.Database.OpenConnectionAsync(Cancellation);
            foreach (var year in new[] { shape.FirstYear, shape.SecondYear })
            {
                var raw = await RawGroupBy.RunAsync(db.Database.GetDbConnection(), year);
                Assert.Equal(await ReportCounting.InYear(db.Applications, year).CountAsync(Cancellation), raw.Sum(g => g.Count));
                AssertSameFigures(Filled(year, raw), await ReportCompiler.CompileDistrictAsync(db, year, Cancellation));
                foreach (var agency in new[] { 1, 2, 20 })
                {
                    var own = raw.Where(g => g.AgencyId == agency).ToList();
                    Assert.NotEmpty(own);
                    AssertSameFigures(Filled(year, own), (await ReportCompiler.CompileAsync(db, StatisticsShape.Code(agency), year, Cancellation))!);
                }
            }
            // Section 四: the generated records compile to the raw GROUP BY's figures, district and agency alike.
            Assert.True(await db.Remedies.AnyAsync(Cancellation));
            var remedies = await RawGroupBy.RemediesAsync(db.Database.GetDbConnection(), shape.SecondYear);
            var district = await ReportCompiler.CompileDistrictAsync(db, shape.SecondYear, Cancellation);
            Assert.Equal(remedies.Sum(r => r.Count), district.Table(RemedyCounting.TableId).Definition.DataRows
                .Sum(r => district.Table(RemedyCounting.TableId)[r.Id, "total"].Numeric));
            foreach (var group in remedies.GroupBy(r => (r.Kind, r.Column)))
            {
                var row = Enum.Parse<RemedyKind>(group.Key.Kind).RowId();
                var column = Enum.Parse<RemedyResult>(group.Key.Column).ColumnId();
                Assert.Equal(group.Sum(r => r.Count), district.Table(RemedyCounting.TableId)[row, column].Numeric);
            }
            Assert.Equal(connection.ConnectionString, (await CreateAsync()).ConnectionString);
        }
        finally
        {
            if (provider == DatabaseProvider.Postgres)
                await DropAsync(shape.Key);
        }

        Task<DatabaseConnection> CreateAsync() => provider == DatabaseProvider.Sqlite
            ? StatisticsDatabase.SqliteAsync(shape, directory)
            : StatisticsDatabase.PostgresAsync(shape);
    }

    private static AnnualReport Filled(int year, IEnumerable<CaseGroup> groups)
    {
        var report = new AnnualReport(ReportFormats.ForYear(year), year, null);
        ReportCounting.Fill(report, groups);
        return report;
    }

    private static void AssertSameFigures(AnnualReport expected, AnnualReport actual)
    {
        var table = expected.Table(ReportCounting.TableId);
        foreach (var row in table.Definition.DataRows)
        {
            foreach (var column in table.Definition.Columns)
                Assert.Equal(((row.Id, column.Id), table[row.Id, column.Id].Numeric), ((row.Id, column.Id), actual.Table(ReportCounting.TableId)[row.Id, column.Id].Numeric));
        }
    }

    private static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(StatisticsDatabase.PostgresServer);
        await admin.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
        await command.ExecuteNonQueryAsync(Cancellation);
    }
}
