using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Remedies;
using Gongkai.Staff;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Remedies;

/// <summary>The workflow and section 四 compiled from stored records, on every configured database. The clock is 2025-03-03.</summary>
public sealed class RemedyWorkflowTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Password = "correct-horse-battery";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task FilingDecidingAndCorrectingEachLeaveTheRecordAndOneAuditRow(DatabaseProvider provider)
    {
        var (code, handler) = await AgencyAsync(provider, "RA");
        var number = await CaseAsync(provider, code, "2025-01-06");

        await using (var db = fixture.CreateContext(provider))
        {
            var record = await Workflow(db).FileAsync(handler, number, RemedyKind.Reconsideration, " 朝阳区人民政府 ", "朝政复字〔2025〕3号",
                D("2025-02-10"), "对不予公开不服", Cancellation);
            await Workflow(db).RecordDecisionAsync(handler, record.Id, record.Version, RemedyResult.Corrected, D("2025-03-01"), "责令重新答复", Cancellation);
        }

        await using (var db = fixture.CreateContext(provider))
        {
            var stored = await db.Remedies.AsNoTracking().SingleAsync(r => r.AgencyId == handler.AgencyId, Cancellation);
            Assert.Equal(("朝阳区人民政府", RemedyResult.Corrected, (DateOnly?)D("2025-03-01"), "责令重新答复"),
                (stored.Body, stored.Result, stored.DecidedOn, stored.DecisionNote));
            await Workflow(db).CorrectAsync(handler, stored.Id, stored.Version, RemedyKind.DirectLitigation, "北京市朝阳区人民法院",
                "（2025）京0105行初3号", D("2025-02-10"), RemedyResult.Corrected, D("2025-03-01"), "误登记为复议", Cancellation);
        }

        await using var check = fixture.CreateContext(provider);
        var corrected = await check.Remedies.AsNoTracking().SingleAsync(r => r.AgencyId == handler.AgencyId, Cancellation);
        Assert.Equal((RemedyKind.DirectLitigation, "（2025）京0105行初3号"), (corrected.Kind, corrected.CaseNumber));
        var audit = await check.AuditEntries.AsNoTracking().Where(e => e.AgencyId == handler.AgencyId && e.Action.StartsWith("remedy."))
            .OrderBy(e => e.Id).ToListAsync(Cancellation);
        Assert.Equal([AuditActions.RemedyFiled, AuditActions.RemedyDecided, AuditActions.RemedyCorrected], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal((handler.Id, number), (e.ActorId, e.TargetId)));
        Assert.Equal("误登记为复议", audit[^1].Reason);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task OnlyCaseRolesOfTheCasesOwnAgencyMayRecord(DatabaseProvider provider)
    {
        var (code, handler) = await AgencyAsync(provider, "RB");
        var (_, stranger) = await AgencyAsync(provider, "RC");
        var number = await CaseAsync(provider, code, "2025-01-06");
        StaffUser admin;
        await using (var db = fixture.CreateContext(provider))
            admin = await db.AddStaffAsync(code, $"{code.ToLowerInvariant()}-admin", "管理员", StaffRoles.Administrator, Password, null, Cancellation);

        await using var work = fixture.CreateContext(provider);
        var refused = await Assert.ThrowsAsync<WorkflowRuleException>(() => Workflow(work).FileAsync(admin, number, RemedyKind.Reconsideration,
            "朝阳区人民政府", "朝政复字〔2025〕4号", D("2025-02-10"), null, Cancellation));
        Assert.Equal("case.not-permitted", refused.Code);
        await Assert.ThrowsAsync<CaseNotFoundException>(() => Workflow(work).FileAsync(stranger, number, RemedyKind.Reconsideration,
            "朝阳区人民政府", "朝政复字〔2025〕4号", D("2025-02-10"), null, Cancellation));
        var record = await Workflow(work).FileAsync(handler, number, RemedyKind.Reconsideration, "朝阳区人民政府", "朝政复字〔2025〕4号",
            D("2025-02-10"), null, Cancellation);
        await Assert.ThrowsAsync<RemedyNotFoundException>(() => Workflow(work).RecordDecisionAsync(stranger, record.Id, null,
            RemedyResult.Upheld, D("2025-03-01"), null, Cancellation));

        await using var check = fixture.CreateContext(provider);
        Assert.Equal(1, await check.Remedies.CountAsync(r => r.ApplicationId == record.ApplicationId, Cancellation));
        Assert.True((await check.Remedies.AsNoTracking().SingleAsync(r => r.Id == record.Id, Cancellation)).IsPending);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ARepeatedCaseNumberAndAStaleFormAreRefusedWithoutStoringAnything(DatabaseProvider provider)
    {
        var (code, handler) = await AgencyAsync(provider, "RD");
        var number = await CaseAsync(provider, code, "2025-01-06");
        await using var db = fixture.CreateContext(provider);
        var record = await Workflow(db).FileAsync(handler, number, RemedyKind.DirectLitigation, "北京市朝阳区人民法院", "（2025）京0105行初5号",
            D("2025-02-10"), null, Cancellation);
        var seen = record.Version;
        await Workflow(db).RecordDecisionAsync(handler, record.Id, seen, RemedyResult.Upheld, D("2025-03-01"), null, Cancellation);

        var duplicate = await Assert.ThrowsAsync<WorkflowRuleException>(() => Workflow(db).FileAsync(handler, number, RemedyKind.DirectLitigation,
            "北京市朝阳区人民法院", "（2025）京0105行初5号", D("2025-02-11"), null, Cancellation));
        var stale = await Assert.ThrowsAsync<WorkflowRuleException>(() => Workflow(db).CorrectAsync(handler, record.Id, seen,
            RemedyKind.DirectLitigation, "北京市朝阳区人民法院", "（2025）京0105行初5号", D("2025-02-10"), RemedyResult.Other, D("2025-03-01"),
            "结果登记错误", Cancellation));

        Assert.Equal(("remedy.duplicate-case-number", "remedy.concurrent-change"), (duplicate.Code, stale.Code));
        await using var check = fixture.CreateContext(provider);
        Assert.Equal(RemedyResult.Upheld, (await check.Remedies.AsNoTracking().SingleAsync(r => r.AgencyId == handler.AgencyId, Cancellation)).Result);
        Assert.Equal(2, await check.AuditEntries.CountAsync(e => e.AgencyId == handler.AgencyId && e.Action.StartsWith("remedy."), Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheCompiledReportCarriesSectionFourByFilingYearAndPassesItsChecks(DatabaseProvider provider)
    {
        var (code, handler) = await AgencyAsync(provider, "RE");
        var late = await CaseAsync(provider, code, "2024-11-04");
        var early = await CaseAsync(provider, code, "2025-01-06");
        await using (var db = fixture.CreateContext(provider))
        {
            var december = await Workflow(db).FileAsync(handler, late, RemedyKind.Reconsideration, "朝阳区人民政府", "朝政复字〔2024〕90号",
                D("2024-12-20"), null, Cancellation);
            await Workflow(db).RecordDecisionAsync(handler, december.Id, null, RemedyResult.Upheld, D("2025-01-15"), null, Cancellation);
            var decided = await Workflow(db).FileAsync(handler, early, RemedyKind.Reconsideration, "朝阳区人民政府", "朝政复字〔2025〕7号",
                D("2025-01-20"), null, Cancellation);
            await Workflow(db).RecordDecisionAsync(handler, decided.Id, null, RemedyResult.Other, D("2025-02-28"), null, Cancellation);
            await Workflow(db).FileAsync(handler, early, RemedyKind.DirectLitigation, "北京市朝阳区人民法院", "（2025）京0105行初7号",
                D("2025-02-14"), null, Cancellation);
        }

        await using var read = fixture.CreateContext(provider);
        var y2024 = (await ReportCompiler.CompileAsync(read, code, 2024, Cancellation))!;
        var y2025 = (await ReportCompiler.CompileAsync(read, code, 2025, Cancellation))!;
        var district = await ReportCompiler.CompileDistrictAsync(read, 2025, Cancellation);

        var t2024 = y2024.Table(RemedyCounting.TableId);
        var t2025 = y2025.Table(RemedyCounting.TableId);
        Assert.Equal((0m, 1m, 1m), (t2024["review", "upheld"].Numeric, t2024["review", "pending"].Numeric, t2024["review", "total"].Numeric));
        Assert.Equal((1m, 1m, 1m), (t2025["review", "other"].Numeric, t2025["review", "total"].Numeric, t2025["litigation_direct", "pending"].Numeric));
        Assert.Single(await RemedyCounting.RecordIdsAsync(read, handler.AgencyId, 2025, "litigation_direct", "pending", Cancellation));
        Assert.All(new[] { y2024, y2025, district }, report =>
        {
            Assert.Contains(RemedyCounting.Section, report.SectionsFound);
            Assert.DoesNotContain(report.Findings, f => f.Rule.StartsWith("S4-", StringComparison.Ordinal) || f.Rule == "R-MISSING-CELL");
        });
        var part = Assert.Single(district.Parts, p => p.Agency == y2025.Agency);
        Assert.Equal(t2025["review", "total"].Numeric, part.Table(RemedyCounting.TableId)["review", "total"].Numeric);
        Assert.Equal(district.Parts.Sum(p => p.Table(RemedyCounting.TableId)["review", "total"].Numeric),
            district.Table(RemedyCounting.TableId)["review", "total"].Numeric);
    }

    private static RemedyWorkflow Workflow(GongkaiDbContext db) => new(db, db.Time, NullLogger<RemedyWorkflow>.Instance);

    private async Task<(string Code, StaffUser Handler)> AgencyAsync(DatabaseProvider provider, string prefix)
    {
        var code = prefix + (provider == DatabaseProvider.Sqlite ? "S" : "P");
        await using var db = fixture.CreateContext(provider);
        await db.AddAgencyAsync($"测试机关{code}", code, AgencyKind.Department, null, null, Cancellation);
        var handler = await db.AddStaffAsync(code, $"{code.ToLowerInvariant()}-handler", "承办人", StaffRoles.Handler, Password, null, Cancellation);
        return (code, handler);
    }

    // A case handed in at the counter at 09:00 Beijing time, so received that day (Art. 31 (一)).
    private async Task<string> CaseAsync(DatabaseProvider provider, string code, string received)
    {
        await using var db = fixture.CreateContext(provider);
        var agency = await db.Agencies.SingleAsync(a => a.Code == code, Cancellation);
        var count = await db.Applications.CountAsync(a => a.AgencyId == agency.Id, Cancellation);
        var number = $"{code}-{received[..4]}-{count + 1:D6}";
        db.Applications.Add(DisclosureApplication.Submit(agency.Id, number, Tests.Applications.CaseBuilder.Applicant(),
            Tests.Applications.CaseBuilder.Request, Channel.InPerson, D(received).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), null,
            ApplicationWorkflow.Applicant));
        await db.SaveChangesAsync(Cancellation);
        return number;
    }
}
