using System.Globalization;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Staff;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Publishing;

/// <summary>The review chain and publication on a migrated database; the fixture's clock stands at 2025-03-03 (CST).</summary>
public sealed class PublishingWorkflowTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ADocumentCannotBePublishedWhileAStepOfTheChainIsMissing(DatabaseProvider provider)
    {
        var desk = await PublishingDesk.OpenAsync(fixture, provider, "PA");
        var id = await desk.DraftAsync("关于开展春季植树活动的通知");
        var drafter = await desk.DrafterAsync();
        await desk.WithAsync((w, _) => w.SubmitAsync(drafter, id, null, Cancellation));
        // Every step but the last, 保密审查.
        foreach (var stage in ReviewChain.Default.SkipLast(1))
        {
            var reviewer = await desk.ReviewerAsync(stage.Role);
            await desk.WithAsync((w, _) => w.DecideAsync(reviewer, id, null, true, null, Cancellation));
        }

        var refused = await Assert.ThrowsAsync<WorkflowRuleException>(() => desk.PublishAsync(id));

        Assert.Equal("document.chain-incomplete", refused.Code);
        Assert.Contains("保密审查", refused.Message, StringComparison.Ordinal);
        var document = await desk.DocumentAsync(id);
        Assert.Null(document.IndexNumber);
        Assert.Equal(DocumentStatus.InReview, document.Status);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AReviewerCannotDecideAStepThatIsNotTheirs(DatabaseProvider provider)
    {
        var desk = await PublishingDesk.OpenAsync(fixture, provider, "PB");
        var id = await desk.DraftAsync("区域规划草案征求意见");
        var drafter = await desk.DrafterAsync();
        await desk.WithAsync((w, _) => w.SubmitAsync(drafter, id, null, Cancellation));
        var secrecy = await desk.ReviewerAsync(StaffRoles.SecrecyReviewer);

        var refused = await Assert.ThrowsAsync<WorkflowRuleException>(() => desk.WithAsync((w, _) => w.DecideAsync(secrecy, id, null, true, null, Cancellation)));

        Assert.Equal("document.not-reviewer", refused.Code);
        Assert.Contains("科室初审", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AReturnedDocumentGoesBackToItsDrafterAndTheWholeChainRunsAgain(DatabaseProvider provider)
    {
        var desk = await PublishingDesk.OpenAsync(fixture, provider, "PC");
        var id = await desk.DraftAsync("2025年区级财政预算");
        var drafter = await desk.DrafterAsync();
        await desk.WithAsync((w, _) => w.SubmitAsync(drafter, id, null, Cancellation));
        var section = await desk.ReviewerAsync(StaffRoles.SectionHead);
        await desk.WithAsync((w, _) => w.DecideAsync(section, id, null, true, null, Cancellation));
        var office = await desk.ReviewerAsync(StaffRoles.GeneralOffice);

        var noComment = await Assert.ThrowsAsync<WorkflowRuleException>(() => desk.WithAsync((w, _) => w.DecideAsync(office, id, null, false, " ", Cancellation)));
        await desk.WithAsync((w, _) => w.DecideAsync(office, id, null, false, "附件缺少预算说明", Cancellation));

        Assert.Equal("document.comment-required", noComment.Code);
        var returned = await desk.DocumentAsync(id);
        Assert.Equal(DocumentStatus.Returned, returned.Status);
        Assert.Equal(drafter.Id, returned.DrafterId);
        var queue = await desk.WithAsync((_, db) => db.Documents.CountAsync(d => d.Id == id && d.Status == DocumentStatus.InReview, Cancellation));
        Assert.Equal(0, queue);
        var audit = await desk.WithAsync((_, db) => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.DocumentReturned && e.TargetId == id.ToString(CultureInfo.InvariantCulture), Cancellation));
        Assert.Equal("附件缺少预算说明", audit.Reason);

        // Sent again, the first step decides again: the approval of the first round does not carry over.
        await desk.WithAsync((w, _) => w.SubmitAsync(drafter, id, null, Cancellation));
        var resent = await desk.DocumentAsync(id);
        Assert.Equal(2, resent.Round);
        Assert.Equal("科室初审", resent.PendingStage?.Name);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task IndexNumbersAreGivenInTurnAndAWithdrawnDocumentKeepsItsNumber(DatabaseProvider provider)
    {
        var desk = await PublishingDesk.OpenAsync(fixture, provider, "PD");
        var first = await desk.DraftAsync("第一份文件");
        var second = await desk.DraftAsync("第二份文件");
        await desk.ApproveAllAsync(first);
        await desk.ApproveAllAsync(second);

        Assert.Equal("PD/2025-00001", await desk.PublishAsync(first));
        var head = await desk.UserAsync("head");
        await desk.WithAsync((w, _) => w.WithdrawAsync(head, first, null, "内容有误，撤回更正", Cancellation));
        Assert.Equal("PD/2025-00002", await desk.PublishAsync(second));

        var withdrawn = await desk.DocumentAsync(first);
        Assert.Equal(DocumentStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("PD/2025-00001", withdrawn.IndexNumber);
        Assert.Equal(new DateOnly(2025, 3, 3), withdrawn.PublishedOn);
        Assert.False(await desk.WithAsync((_, db) => PublishedDocuments.Visible(db).AnyAsync(d => d.Id == first, Cancellation)));
        await Assert.ThrowsAsync<WorkflowRuleException>(() => desk.PublishAsync(first));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TwoPublicationsAtOnceGetDifferentIndexNumbers(DatabaseProvider provider)
    {
        var desk = await PublishingDesk.OpenAsync(fixture, provider, "PE");
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await desk.DraftAsync($"同时发布的文件{i}"));
            await desk.ApproveAllAsync(ids[^1]);
        }

        var numbers = await Task.WhenAll(ids.Select(id => Task.Run(() => desk.PublishAsync(id), Cancellation)));

        Assert.Equal(["PE/2025-00001", "PE/2025-00002", "PE/2025-00003", "PE/2025-00004"], numbers.Order());
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task PublishingASuccessorRepealsTheOldDocumentAndLinksBothWays(DatabaseProvider provider)
    {
        var desk = await PublishingDesk.OpenAsync(fixture, provider, "PF");
        var old = await desk.DraftAsync("物业管理办法", DocumentKind.NormativeDocument);
        await desk.ApproveAllAsync(old);
        await desk.PublishAsync(old);
        var successor = await desk.DraftAsync("物业管理办法（修订）", DocumentKind.NormativeDocument, old, DocumentValidity.Repealed);
        await desk.ApproveAllAsync(successor);

        await desk.PublishAsync(successor);

        var repealed = await desk.DocumentAsync(old);
        Assert.Equal(DocumentValidity.Repealed, repealed.Validity);
        Assert.Equal(successor, repealed.SuccessorId);
        Assert.Equal(new DateOnly(2025, 3, 3), repealed.ValidityChangedOn);
        var predecessor = await desk.WithAsync((_, db) => db.Documents.Where(d => d.SuccessorId == successor).Select(d => d.Id).SingleAsync(Cancellation));
        Assert.Equal(old, predecessor);
        Assert.True(await desk.WithAsync((_, db) => db.AuditEntries.AnyAsync(
            e => e.Action == AuditActions.DocumentValidityChanged && e.TargetId == old.ToString(CultureInfo.InvariantCulture), Cancellation)));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AChainWithoutTheConfidentialityCheckIsRefused(DatabaseProvider provider)
    {
        var desk = await PublishingDesk.OpenAsync(fixture, provider, "PG");
        await using (var db = fixture.CreateContext(provider))
            await db.AddStaffAsync("PG", "pg-admin", "管理员", StaffRoles.Administrator, "correct-horse-battery", null, Cancellation);
        var admin = await desk.UserAsync("admin");

        var refused = await Assert.ThrowsAsync<WorkflowRuleException>(() => desk.WithAsync((w, _) =>
            w.SetChainAsync(admin, [("科室初审", StaffRoles.SectionHead), ("主要领导复核", StaffRoles.PrincipalLeader)], Cancellation)));
        await desk.WithAsync((w, _) => w.SetChainAsync(admin,
            [("科室初审", StaffRoles.SectionHead), ("分管领导审核", StaffRoles.LeaderInCharge), ("保密审查", StaffRoles.SecrecyReviewer)], Cancellation));

        Assert.Equal("review.secrecy-required", refused.Code);
        var chain = await desk.WithAsync((w, db) => w.ChainAsync(admin.AgencyId, Cancellation));
        Assert.Equal(["科室初审", "分管领导审核", "保密审查"], chain.Select(s => s.Name));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ANewAgencyStartsFromTheStatutoryCategoriesOfItsKind(DatabaseProvider provider)
    {
        var desk = await PublishingDesk.OpenAsync(fixture, provider, "PH");

        var names = await desk.WithAsync((_, db) => db.CatalogueEntries.Where(e => db.Agencies.Any(a => a.Id == e.AgencyId && a.Code == "PH"))
            .OrderBy(e => e.Position).Select(e => e.Provision + e.Name).ToListAsync(Cancellation));

        // A government: the fifteen items of Art. 20 and Art. 21's aspects for county-level governments, none for townships.
        Assert.Equal(15 + 7, names.Count);
        Assert.Equal("第二十条第（一）项行政法规、规章和规范性文件", names[0]);
        Assert.Contains("第二十一条治安管理", names);
        Assert.DoesNotContain("第二十一条筹资筹劳", names);
    }
}
