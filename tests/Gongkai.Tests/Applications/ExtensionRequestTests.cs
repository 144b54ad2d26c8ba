using Gongkai.Applications;
using static Gongkai.Tests.Applications.CaseBuilder;
using static Gongkai.Tests.Applications.Refusals;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Applications;

public class ExtensionRequestTests
{
    [Fact]
    public void AnApprovedRequestExtendsWithTheApproverRecorded()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");

        application.RequestExtension(b.On("2025-03-20"), Clerk, 15, " 需要调取档案 ", Calendar);
        Assert.Equal(new ExtensionRequest(15, "需要调取档案", Clerk, D("2025-03-20")), application.PendingExtension);
        Assert.Null(application.Extension);
        application.ApproveExtension(b.On("2025-03-21"), OfficeHead, approverIsOfficeHead: true, Calendar);

        Assert.Null(application.PendingExtension);
        Assert.Equal(new Extension(15, OfficeHead, "需要调取档案", D("2025-03-21")), application.Extension);
        Assert.Equal([CaseEventKind.ExtensionRequested, CaseEventKind.ExtensionApproved], application.Timeline.Skip(2).Select(e => e.Kind));
        Assert.Equal((Clerk, OfficeHead), (application.Timeline[^2].ActorId, application.Timeline[^1].ActorId));
        Assert.All(application.Timeline.Skip(2), e => Assert.Equal("条例第三十三条第二款", e.Article));
        // Received 2025-03-03, due 2025-03-31; 15 more working days end on 2025-04-22 (the Qingming holiday 4–6 April skipped).
        Assert.Equal(D("2025-04-22"), CaseClock.Explain(application, Calendar, D("2025-03-21")).Due);
    }

    [Fact]
    public void ADeclinedRequestLeavesTheDeadlineAndMayBeFollowedByAnother()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RequestExtension(b.On("2025-03-20"), Clerk, 15, "需要调取档案", Calendar);
        Refused("extension.decline-reason-required", application, () => application.DeclineExtension(b.On("2025-03-21"), OfficeHead, true, " "));
        Refused("extension.approval-required", application, () => application.DeclineExtension(b.On("2025-03-21"), Clerk, false, "不需要"));

        application.DeclineExtension(b.On("2025-03-21"), OfficeHead, true, "可以按期答复");

        Assert.Null(application.PendingExtension);
        Assert.Null(application.Extension);
        Assert.Equal(CaseEventKind.ExtensionDeclined, application.Timeline[^1].Kind);
        application.RequestExtension(b.On("2025-03-24"), Clerk, 5, "第三方材料未到", Calendar);
        Assert.Equal(5, application.PendingExtension?.Workdays);
    }

    [Fact]
    public void ASecondPendingRequestAndARequestAfterAnExtensionAreRefused()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RequestExtension(b.On("2025-03-20"), Clerk, 15, "需要调取档案", Calendar);
        Refused("extension.already-requested", application, () => application.RequestExtension(b.On("2025-03-20", 11), Clerk, 10, "再次申请", Calendar));

        application.ExtendDeadline(b.On("2025-03-21"), OfficeHead, OfficeHead, true, 10, "负责人直接决定", Calendar);

        Assert.Null(application.PendingExtension);
        Assert.Equal(10, application.Extension?.Workdays);
        Refused("extension.already-granted", application, () => application.RequestExtension(b.On("2025-03-24"), Clerk, 5, "仍需时间", Calendar));
        Refused("extension.no-request", application, () => application.ApproveExtension(b.On("2025-03-24"), OfficeHead, true, Calendar));
    }

    [Theory]
    [InlineData(21, "需要调取档案", "extension.too-long")]
    [InlineData(0, "需要调取档案", "extension.too-long")]
    [InlineData(10, " ", "extension.reason-required")]
    public void ARequestBreakingArticle33IsRefused(int workdays, string reason, string code)
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        Refused(code, application, () => application.RequestExtension(b.On("2025-03-20"), Clerk, workdays, reason, Calendar));
        Assert.Null(application.PendingExtension);
    }

    [Fact]
    public void ApprovalAfterTheOriginalDeadlineIsRefusedEvenForATimelyRequest()
    {
        // Due 2025-03-31: asked on the last day, approved the day after, too late (Art. 33 para 2).
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RequestExtension(b.On("2025-03-31"), Clerk, 10, "需要调取档案", Calendar);
        Refused("extension.after-deadline", application, () => application.ApproveExtension(b.On("2025-04-01"), OfficeHead, true, Calendar));

        var c = new CaseBuilder();
        var late = c.Receive("2025-03-03");
        Refused("extension.after-deadline", late, () => late.RequestExtension(c.On("2025-04-01"), Clerk, 10, "需要调取档案", Calendar));
    }

    [Fact]
    public void ConcludingTheCaseLetsAPendingRequestLapse()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RequestExtension(b.On("2025-03-20"), Clerk, 15, "需要调取档案", Calendar);

        application.RecordReply(b.On("2025-03-21"), Clerk, Disclosed, null);

        Assert.Null(application.PendingExtension);
        Refused("case.replied", application, () => application.ApproveExtension(b.On("2025-03-24"), OfficeHead, true, Calendar));
    }

    [Fact]
    public void AWithdrawalMustSayHowItCame()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        Refused("withdrawal.how-required", application, () => application.Withdraw(b.On("2025-03-04"), Clerk, " "));
        application.Withdraw(b.On("2025-03-04"), Clerk, "申请人书面撤回");
        Assert.Equal("申请人书面撤回", application.Timeline[^1].Note);
    }
}
