using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Applications;

/// <summary>Section 三 counted in the database agrees with the same cases counted in memory, on every configured database.</summary>
public sealed class ReportCompilerTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task EveryDemoAgencyAndTheDistrictCompileAsTheirLoadedCasesCountAndAsTheMergedParts(DatabaseProvider provider)
    {
        fixture.Time.SetUtcNow(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero));
        await using var db = fixture.CreateContext(provider);
        await DemoDistrict.LoadAsync(db, Cancellation);
        var cases = await db.Applications.AsNoTracking().ToListAsync(Cancellation);

        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var format = ReportFormats.ForYear(year).Id;
            foreach (var agency in await db.Agencies.AsNoTracking().ToListAsync(Cancellation))
            {
                var compiled = (await ReportCompiler.CompileAsync(db, agency.Code, year, Cancellation))!;
                var own = ReportCounting.Count(cases.Where(c => c.AgencyId == agency.Id), year, format);
                AssertSameFigures(own.Report, compiled);
                var (row, column) = own.CaseIds.First(c => c.Value.Count > 0).Key;
                Assert.Equal(own.Cases(row, column), await ReportCompiler.CaseIdsAsync(db, agency.Id, year, row, column, Cancellation));
            }
            var district = await ReportCompiler.CompileDistrictAsync(db, year, Cancellation);
            AssertSameFigures(ReportCounting.Count(cases, year, format).Report, district);
            var merged = ReportMerger.Merge(district.Parts, district.Agency!);
            merged.SectionsFound.Clear();
            merged.SectionsFound.AddRange(district.SectionsFound);
            merged.Findings.AddRange(ReportChecker.Check(merged, null).Where(f => f.Rule != "R-SECTIONS"));
            Assert.Equal(ReportJson.Write(merged), ReportJson.Write(district));
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheCountingIsOneGroupByInTheDatabase(DatabaseProvider provider)
    {
        await using var db = fixture.CreateContext(provider);
        var sql = ReportCounting.GroupIn(db.Applications, 2025).ToQueryString();
        TestContext.Current.TestOutputHelper?.WriteLine(sql);
        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.Contains("COUNT(*)", sql, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertSameFigures(AnnualReport expected, AnnualReport actual)
    {
        var table = expected.Table(ReportCounting.TableId);
        foreach (var row in table.Definition.DataRows)
        {
            foreach (var column in table.Definition.Columns)
            {
                var cell = (row.Id, column.Id);
                Assert.Equal((cell, table[row.Id, column.Id].Numeric), (cell, actual.Table(ReportCounting.TableId)[row.Id, column.Id].Numeric));
            }
        }
    }
}
