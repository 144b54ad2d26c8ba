using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Letters;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Demo;

/// <summary>The demo year and section 三 compiled from it, on every configured database.</summary>
public sealed class DemoYearTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    // A Monday in March 2026: the demo year is over and the recent cases are mid-way.
    private async Task<GongkaiDbContext> LoadAsync(DatabaseProvider provider)
    {
        fixture.Time.SetUtcNow(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero));
        var db = fixture.CreateContext(provider);
        await DemoDistrict.LoadAsync(db, Cancellation);
        return db;
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheDemoHasEveryStateOutcomeAndApplicantTypeAndLoadsOnce(DatabaseProvider provider)
    {
        await using var db = await LoadAsync(provider);
        var count = await db.Applications.CountAsync(Cancellation);
        Assert.Equal(0, await DemoDistrict.LoadApplicationsAsync(db, Cancellation));
        Assert.Equal(count, await db.Applications.CountAsync(Cancellation));

        var cases = await db.Applications.AsNoTracking().ToListAsync(Cancellation);
        Assert.Equal(Enum.GetValues<ApplicationStatus>().Order(), cases.Select(c => c.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<ApplicantType>().Order(), cases.Select(c => c.Applicant.Type).Distinct().Order());
        var outcomes = Gongkai.AnnualReports.Formats.ReportFormats.Outcomes.Where(o => o != Outcomes.PendingAtYearEnd);
        Assert.Equal(outcomes.Order(), cases.Where(c => c.Outcome is not null).Select(c => c.Outcome!).Distinct().Order());
        Assert.Contains(cases, c => c.Extension is not null && !c.IsConcluded);
        foreach (var agency in await db.Agencies.ToListAsync(Cancellation))
        {
            var own = cases.Where(c => c.AgencyId == agency.Id).ToList();
            Assert.InRange(own.Count(c => c.ReceivedOn?.Year == DemoApplications.Year), 30, 60);
            Assert.All(own, c => Assert.Matches($"^{agency.Code}-20\\d\\d-\\d{{6}}$", c.TrackingNumber));
            Assert.Contains(own, c => c.ReceivedOn?.Year == 2024 && c.ConcludedOn?.Year == 2025);
            Assert.Contains(own, c => c.ReceivedOn?.Year == 2025 && c.ConcludedOn is not { Year: 2025 });
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task EveryAgencyHasReplyLettersKeptForItsLatestAnsweredCases(DatabaseProvider provider)
    {
        await using var db = await LoadAsync(provider);
        var letters = await db.IssuedLetters.AsNoTracking().ToListAsync(Cancellation);
        var cases = await db.Applications.AsNoTracking().ToDictionaryAsync(a => a.Id, Cancellation);

        foreach (var agency in await db.Agencies.ToListAsync(Cancellation))
            Assert.InRange(letters.Count(l => l.AgencyId == agency.Id), 4, 8);
        Assert.All(letters, l =>
        {
            Assert.Equal(LetterKind.Reply, l.Kind);
            Assert.Equal(cases[l.ApplicationId].Reply!.RepliedOn, l.IssuedOn);
            Assert.Equal("%PDF"u8.ToArray(), l.Pdf[..4]);
        });
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task EveryDemoReplyHasALetterThatCanBeIssuedAndReadsAsWholeSentences(DatabaseProvider provider)
    {
        await using var db = await LoadAsync(provider);
        var agencies = await db.Agencies.AsNoTracking().Include(a => a.Parent).ToDictionaryAsync(a => a.Id, Cancellation);
        var replied = (await db.Applications.AsNoTracking().ToListAsync(Cancellation)).Where(c => c.Reply is not null).ToList();

        var problems = new List<string>();
        foreach (var application in replied)
        {
            var details = DemoLetters.Details(application.Reply!.Outcome);
            var letter = LetterBuilder.Build(LetterKind.Reply, application, agencies[application.AgencyId], application.Reply.RepliedOn, details);
            Assert.Equal(details.Reason, application.Reply.Note);
            problems.AddRange(Gongkai.Tests.Letters.LetterProse.Problems(letter, "北京市人民政府", "北京市朝阳区人民政府", "北京市第四中级人民法院", "北京市朝阳区人民法院")
                .Select(p => $"{application.TrackingNumber} {application.Reply.Outcome}: {p}"));
        }

        Assert.Empty(problems);
        var district = agencies.Values.Single(a => a.Code == "CY");
        var kept = await db.IssuedLetters.AsNoTracking().FirstAsync(l => l.AgencyId == district.Id, Cancellation);
        var path = Gongkai.Tests.Documents.PdfTools.Save(kept.Pdf);
        try
        {
            var text = string.Concat(Gongkai.Tests.Documents.PdfTools.Text(path).Where(c => !char.IsWhiteSpace(c)));
            Assert.Contains("北京市朝阳区人民政府", text, StringComparison.Ordinal);
            Assert.Contains("向北京市人民政府申请行政复议", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheDemoYearCompilesBalancedAndCarriesOverLastYearsCarryForward(DatabaseProvider provider)
    {
        await using var db = await LoadAsync(provider);
        var year = (await ReportCompiler.CompileAsync(db, "CYJW", 2025, Cancellation))!;
        var last = (await ReportCompiler.CompileAsync(db, "CYJW", 2024, Cancellation))!;
        int agency = await db.Agencies.Where(a => a.Code == "CYJW").Select(a => a.Id).SingleAsync(Cancellation);

        Assert.DoesNotContain(year.Findings, f => f.Rule is "S3-BALANCE" or "S3-COLTOTAL" or "S3-ROWTOTAL" or "S3-CARRY");
        Assert.Equal(Figure(last, "carried_forward"), Figure(year, "carried_over"));
        Assert.Equal(
            await ReportCompiler.CaseIdsAsync(db, agency, 2024, "carried_forward", "total", Cancellation),
            await ReportCompiler.CaseIdsAsync(db, agency, 2025, "carried_over", "total", Cancellation));
        Assert.True(Figure(year, "carried_over") > 0);
        Assert.True(Figure(year, "carried_forward") > 0);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task EveryAgencysSectionFourHasEveryResultAndPendingCasesAndPassesItsChecks(DatabaseProvider provider)
    {
        await using var db = await LoadAsync(provider);
        foreach (var code in new[] { "CY", "CYJW", "CYZJW", "NMF" })
        {
            var compiled = (await ReportCompiler.CompileAsync(db, code, 2025, Cancellation))!;
            var table = compiled.Table(Gongkai.Remedies.RemedyCounting.TableId);
            foreach (var column in new[] { "upheld", "corrected", "other", "pending" })
                Assert.True(table.Definition.DataRows.Sum(r => table[r.Id, column].Numeric) > 0, $"{code} has no {column} case");
            Assert.True(table["litigation_direct", "total"].Numeric > 0);
            Assert.DoesNotContain(compiled.Findings, f => f.Rule.StartsWith("S4-", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AnAgencysReportHoldsOnlyItsCasesAndTheDistrictSumsThemAll(DatabaseProvider provider)
    {
        await using var db = await LoadAsync(provider);
        var agency = await db.Agencies.SingleAsync(a => a.Code == "NMF", Cancellation);
        var own = (await db.Applications.Where(a => a.AgencyId == agency.Id).Select(a => a.Id).ToListAsync(Cancellation)).ToHashSet();
        var compiled = (await ReportCompiler.CompileAsync(db, "NMF", 2025, Cancellation))!;
        var received = await ReportCompiler.CaseIdsAsync(db, agency.Id, 2025, "new_received", "total", Cancellation);
        Assert.Equal(received.Count, Figure(compiled, "new_received"));
        Assert.All(received, id => Assert.Contains(id, own));

        var district = await ReportCompiler.CompileDistrictAsync(db, 2025, Cancellation);
        Assert.Equal("北京市朝阳区人民政府", district.Agency);
        Assert.DoesNotContain(district.Findings, f => f.Rule is "S3-BALANCE" or "S3-COLTOTAL" or "S3-ROWTOTAL");
        var all = await db.Applications.CountAsync(a => a.ReceivedOn!.Value.Year == 2025, Cancellation);
        Assert.Equal(all, Figure(district, "new_received"));
        Assert.Null(await ReportCompiler.CompileAsync(db, "NOPE", 2025, Cancellation));
    }

    private static decimal? Figure(Gongkai.AnnualReports.AnnualReport report, string row) =>
        report.Table(ReportCounting.TableId)[row, "total"].Numeric;
}
