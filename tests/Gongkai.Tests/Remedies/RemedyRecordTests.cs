using Gongkai.Applications;
using Gongkai.Remedies;
using Gongkai.Tests.Applications;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Remedies;

public sealed class RemedyRecordTests
{
    private static readonly DateOnly Today = D("2025-06-30");

    private static DisclosureApplication Case() => new CaseBuilder().Receive("2025-03-03", id: 5);

    private static RemedyRecord Filed(RemedyKind kind = RemedyKind.Reconsideration, string filed = "2025-04-10") =>
        RemedyRecord.File(Case(), kind, "朝阳区人民政府", "朝政复字〔2025〕12号", D(filed), "申请人对部分公开不服", Today);

    private static WorkflowRuleException Refused(string code, Action action)
    {
        var ex = Assert.Throws<WorkflowRuleException>(action);
        Assert.Equal(code, ex.Code);
        Assert.Contains(ex.Message, c => c >= '\u4e00' && c <= '\u9fff');
        return ex;
    }

    [Fact]
    public void AFiledRecordIsPendingAndTiedToItsCaseAndAgency()
    {
        var record = Filed();

        Assert.Equal((RemedyResult.Pending, (DateOnly?)null, 5L, 1), (record.Result, record.DecidedOn, record.ApplicationId, record.AgencyId));
        Assert.Equal(("朝阳区人民政府", "朝政复字〔2025〕12号", D("2025-04-10")), (record.Body, record.CaseNumber, record.FiledOn));
        Assert.True(record.IsPending);
    }

    [Theory]
    [InlineData("", "（2025）京0105行初1号", "2025-04-10", "remedy.field-required")]
    [InlineData("北京市朝阳区人民法院", " ", "2025-04-10", "remedy.field-required")]
    [InlineData("北京市朝阳区人民法院", "（2025）京0105行初1号", "2025-07-01", "remedy.filed-in-future")]
    [InlineData("北京市朝阳区人民法院", "（2025）京0105行初1号", "2025-03-02", "remedy.filed-before-case")]
    public void FilingChecksBodyNumberAndDate(string body, string number, string filed, string code) =>
        Refused(code, () => RemedyRecord.File(Case(), RemedyKind.DirectLitigation, body, number, D(filed), null, Today));

    [Fact]
    public void ADecisionIsRecordedOnceAndNotBeforeFiling()
    {
        var record = Filed();
        Refused("remedy.decided-before-filed", () => record.RecordDecision(RemedyResult.Upheld, D("2025-04-09"), null, Today));
        Refused("remedy.decided-in-future", () => record.RecordDecision(RemedyResult.Upheld, D("2025-07-01"), null, Today));
        Refused("remedy.result-required", () => record.RecordDecision(RemedyResult.Pending, D("2025-05-01"), null, Today));
        Assert.True(record.IsPending);

        record.RecordDecision(RemedyResult.Corrected, D("2025-04-10"), "责令重新答复", Today);

        Assert.Equal((RemedyResult.Corrected, (DateOnly?)D("2025-04-10"), "责令重新答复"), (record.Result, record.DecidedOn, record.DecisionNote));
        var again = Refused("remedy.already-decided", () => record.RecordDecision(RemedyResult.Upheld, D("2025-05-01"), null, Today));
        Assert.Contains("结果纠正", again.Message);
        Assert.Equal(RemedyResult.Corrected, record.Result);
    }

    [Fact]
    public void ACorrectionNeedsAReasonAndARealChangeAndARefusedOneChangesNothing()
    {
        var application = Case();
        var record = RemedyRecord.File(application, RemedyKind.Reconsideration, "朝阳区人民政府", "朝政复字〔2025〕12号", D("2025-04-10"), null, Today);
        record.RecordDecision(RemedyResult.Upheld, D("2025-05-20"), null, Today);

        Refused("remedy.reason-required", () => record.Correct(application, RemedyKind.DirectLitigation, "北京市朝阳区人民法院",
            "（2025）京0105行初9号", D("2025-04-10"), RemedyResult.Upheld, D("2025-05-20"), " ", Today));
        Refused("remedy.nothing-corrected", () => record.Correct(application, RemedyKind.Reconsideration, "朝阳区人民政府",
            "朝政复字〔2025〕12号", D("2025-04-10"), RemedyResult.Upheld, D("2025-05-20"), "核对", Today));
        Refused("remedy.pending-with-date", () => record.Correct(application, RemedyKind.Reconsideration, "朝阳区人民政府",
            "朝政复字〔2025〕12号", D("2025-04-10"), RemedyResult.Pending, D("2025-05-20"), "误登记为已审结", Today));
        Refused("remedy.decided-on-required", () => record.Correct(application, RemedyKind.Reconsideration, "朝阳区人民政府",
            "朝政复字〔2025〕12号", D("2025-04-10"), RemedyResult.Other, null, "结果登记错误", Today));

        Refused("remedy.decided-before-filed", () => record.Correct(application, RemedyKind.DirectLitigation, "北京市朝阳区人民法院",
            "（2025）京0105行初9号", D("2025-04-12"), RemedyResult.Upheld, D("2025-04-11"), "误登记为复议", Today));
        Assert.Equal((RemedyKind.Reconsideration, "朝政复字〔2025〕12号", D("2025-04-10")), (record.Kind, record.CaseNumber, record.FiledOn));

        record.Correct(application, RemedyKind.DirectLitigation, "北京市朝阳区人民法院", "（2025）京0105行初9号", D("2025-04-12"),
            RemedyResult.Pending, null, "误登记为复议，实为直接起诉，尚未判决", Today);

        Assert.Equal((RemedyKind.DirectLitigation, "（2025）京0105行初9号", D("2025-04-12"), RemedyResult.Pending, (DateOnly?)null),
            (record.Kind, record.CaseNumber, record.FiledOn, record.Result, record.DecidedOn));
    }

    [Fact]
    public void KindsAndResultsPrintTheFormatsLabels()
    {
        Assert.Equal("行政复议", RemedyKind.Reconsideration.Label());
        Assert.Equal("行政诉讼（未经复议直接起诉）", RemedyKind.DirectLitigation.Label());
        Assert.Equal("行政诉讼（复议后起诉）", RemedyKind.LitigationAfterReconsideration.Label());
        Assert.Equal(["尚未审结", "结果维持", "结果纠正", "其他结果"], Enum.GetValues<RemedyResult>().Select(r => r.Label()));
    }
}
