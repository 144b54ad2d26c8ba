using Gongkai.Applications;
using Gongkai.Reviews;
using Gongkai.Tests.Applications;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Reviews;

public sealed class ReviewRecordTests
{
    private static readonly DateOnly Today = D("2025-06-30");

    private static DisclosureApplication Case() => new CaseBuilder().Receive("2025-03-03", id: 5);

    private static ReviewRecord Filed(ReviewKind kind = ReviewKind.Reconsideration, string filed = "2025-04-10") =>
        ReviewRecord.File(Case(), kind, "朝阳区人民政府", "朝政复字〔2025〕12号", D(filed), "申请人对部分公开不服", Today);

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

        Assert.Equal((ReviewResult.Pending, (DateOnly?)null, 5L, 1), (record.Result, record.DecidedOn, record.ApplicationId, record.AgencyId));
        Assert.Equal(("朝阳区人民政府", "朝政复字〔2025〕12号", D("2025-04-10")), (record.Body, record.CaseNumber, record.FiledOn));
        Assert.True(record.IsPending);
    }

    [Theory]
    [InlineData("", "（2025）京0105行初1号", "2025-04-10", "review.field-required")]
    [InlineData("北京市朝阳区人民法院", " ", "2025-04-10", "review.field-required")]
    [InlineData("北京市朝阳区人民法院", "（2025）京0105行初1号", "2025-07-01", "review.filed-in-future")]
    [InlineData("北京市朝阳区人民法院", "（2025）京0105行初1号", "2025-03-02", "review.filed-before-case")]
    public void FilingChecksBodyNumberAndDate(string body, string number, string filed, string code) =>
        Refused(code, () => ReviewRecord.File(Case(), ReviewKind.DirectLitigation, body, number, D(filed), null, Today));

    [Fact]
    public void ADecisionIsRecordedOnceAndNotBeforeFiling()
    {
        var record = Filed();
        Refused("review.decided-before-filed", () => record.RecordDecision(ReviewResult.Upheld, D("2025-04-09"), null, Today));
        Refused("review.decided-in-future", () => record.RecordDecision(ReviewResult.Upheld, D("2025-07-01"), null, Today));
        Refused("review.result-required", () => record.RecordDecision(ReviewResult.Pending, D("2025-05-01"), null, Today));
        Assert.True(record.IsPending);

        record.RecordDecision(ReviewResult.Corrected, D("2025-04-10"), "责令重新答复", Today);

        Assert.Equal((ReviewResult.Corrected, (DateOnly?)D("2025-04-10"), "责令重新答复"), (record.Result, record.DecidedOn, record.DecisionNote));
        var again = Refused("review.already-decided", () => record.RecordDecision(ReviewResult.Upheld, D("2025-05-01"), null, Today));
        Assert.Contains("结果纠正", again.Message);
        Assert.Equal(ReviewResult.Corrected, record.Result);
    }

    [Fact]
    public void ACorrectionNeedsAReasonAndARealChangeAndARefusedOneChangesNothing()
    {
        var application = Case();
        var record = ReviewRecord.File(application, ReviewKind.Reconsideration, "朝阳区人民政府", "朝政复字〔2025〕12号", D("2025-04-10"), null, Today);
        record.RecordDecision(ReviewResult.Upheld, D("2025-05-20"), null, Today);

        Refused("review.reason-required", () => record.Correct(application, ReviewKind.DirectLitigation, "北京市朝阳区人民法院",
            "（2025）京0105行初9号", D("2025-04-10"), ReviewResult.Upheld, D("2025-05-20"), " ", Today));
        Refused("review.nothing-corrected", () => record.Correct(application, ReviewKind.Reconsideration, "朝阳区人民政府",
            "朝政复字〔2025〕12号", D("2025-04-10"), ReviewResult.Upheld, D("2025-05-20"), "核对", Today));
        Refused("review.pending-with-date", () => record.Correct(application, ReviewKind.Reconsideration, "朝阳区人民政府",
            "朝政复字〔2025〕12号", D("2025-04-10"), ReviewResult.Pending, D("2025-05-20"), "误登记为已审结", Today));
        Refused("review.decided-on-required", () => record.Correct(application, ReviewKind.Reconsideration, "朝阳区人民政府",
            "朝政复字〔2025〕12号", D("2025-04-10"), ReviewResult.Other, null, "结果登记错误", Today));

        Refused("review.decided-before-filed", () => record.Correct(application, ReviewKind.DirectLitigation, "北京市朝阳区人民法院",
            "（2025）京0105行初9号", D("2025-04-12"), ReviewResult.Upheld, D("2025-04-11"), "误登记为复议", Today));
        Assert.Equal((ReviewKind.Reconsideration, "朝政复字〔2025〕12号", D("2025-04-10")), (record.Kind, record.CaseNumber, record.FiledOn));

        record.Correct(application, ReviewKind.DirectLitigation, "北京市朝阳区人民法院", "（2025）京0105行初9号", D("2025-04-12"),
            ReviewResult.Pending, null, "误登记为复议，实为直接起诉，尚未判决", Today);

        Assert.Equal((ReviewKind.DirectLitigation, "（2025）京0105行初9号", D("2025-04-12"), ReviewResult.Pending, (DateOnly?)null),
            (record.Kind, record.CaseNumber, record.FiledOn, record.Result, record.DecidedOn));
    }

    [Fact]
    public void KindsAndResultsPrintTheFormatsLabels()
    {
        Assert.Equal("行政复议", ReviewKind.Reconsideration.Label());
        Assert.Equal("行政诉讼（未经复议直接起诉）", ReviewKind.DirectLitigation.Label());
        Assert.Equal("行政诉讼（复议后起诉）", ReviewKind.LitigationAfterReconsideration.Label());
        Assert.Equal(["尚未审结", "结果维持", "结果纠正", "其他结果"], Enum.GetValues<ReviewResult>().Select(r => r.Label()));
    }
}
