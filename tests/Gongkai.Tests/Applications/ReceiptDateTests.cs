using Gongkai.Applications;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Applications;

public class ReceiptDateTests
{
    // Arrival 2025-03-03 23:30 Beijing time (15:30 UTC); confirmation the next morning, 09:00 Beijing time (01:00 UTC).
    private static readonly DateTime Arrived = new(2025, 3, 3, 15, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Confirmed = new(2025, 3, 4, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(Channel.InPerson, "2025-03-03")]       // Art. 31 (一): the day of submission
    [InlineData(Channel.SignedPost, "2025-03-03")]     // Art. 31 (二): the day the agency signs
    [InlineData(Channel.OrdinaryLetter, "2025-03-04")] // Art. 31 (二): the day of confirmation with the applicant
    [InlineData(Channel.Fax, "2025-03-04")]            // Art. 31 (三): the day both sides confirm
    [InlineData(Channel.Email, "2025-03-04")]
    [InlineData(Channel.Online, "2025-03-04")]         // another platform: the day both sides confirm
    [InlineData(Channel.Portal, "2025-03-03")]         // the portal's own form: its tracking number confirms at once
    public void DateOfReceiptFollowsArticle31ByChannel(Channel channel, string expected) =>
        Assert.Equal(D(expected), ReceiptDate.Of(channel, Arrived, Confirmed));

    [Theory]
    [InlineData(Channel.OrdinaryLetter)]
    [InlineData(Channel.Fax)]
    [InlineData(Channel.Email)]
    [InlineData(Channel.Online)]
    public void ChannelsNeedingConfirmationHaveNoDateUntilConfirmed(Channel channel)
    {
        Assert.True(ReceiptDate.NeedsConfirmation(channel));
        Assert.Null(ReceiptDate.Of(channel, Arrived, null));
    }

    [Fact]
    public void ThePortalsOwnFormNeedsNoConfirmationUnlikeOtherPlatforms()
    {
        Assert.False(ReceiptDate.NeedsConfirmation(Channel.Portal));
        Assert.Equal(D("2025-03-03"), ReceiptDate.Of(Channel.Portal, Arrived, null));
        Assert.Null(ReceiptDate.Of(Channel.Online, Arrived, null));
    }

    [Fact]
    public void ArrivalAtNightIsTheBeijingDateNotTheUtcDate()
    {
        var arrived = new DateTime(2025, 3, 2, 17, 30, 0, DateTimeKind.Utc); // 2025-03-03 01:30 Beijing time
        Assert.Equal(D("2025-03-03"), ReceiptDate.Of(Channel.InPerson, arrived, null));
    }

    [Fact]
    public void FaxWaitsForConfirmationThenStartsTheClock()
    {
        var b = new CaseBuilder();
        var arrived = b.On("2025-03-03", 16);
        var application = DisclosureApplication.Submit(1, "GK000001", CaseBuilder.Applicant(), CaseBuilder.Request, Channel.Fax, arrived, null, CaseBuilder.Clerk);
        Assert.Equal(ApplicationStatus.AwaitingConfirmation, application.Status);
        Assert.Null(application.ReceivedOn);
        Assert.Null(CaseClock.Explain(application, CaseBuilder.Calendar, b.Today).Due);

        application.ConfirmReceipt(b.On("2025-03-04", 9), CaseBuilder.Clerk);

        Assert.Equal(ApplicationStatus.Received, application.Status);
        Assert.Equal(D("2025-03-04"), application.ReceivedOn);
        Assert.Equal(D("2025-04-01"), CaseClock.Explain(application, CaseBuilder.Calendar, b.Today).Due);
        Assert.Equal([CaseEventKind.Submitted, CaseEventKind.ReceiptConfirmed], application.Timeline.Select(e => e.Kind));
    }

    [Fact]
    public void SecondConfirmationIsRefused()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        var ex = Assert.Throws<WorkflowRuleException>(() => application.ConfirmReceipt(b.On("2025-03-04"), CaseBuilder.Clerk));
        Assert.Equal("receipt.invalid-status", ex.Code);
    }

    [Fact]
    public void ApplicationMissingArticle29ItemsIsRefused()
    {
        var b = new CaseBuilder();
        var nobody = CaseBuilder.Applicant() with { Name = " ", Phone = null };
        var ex = Assert.Throws<WorkflowRuleException>(() => DisclosureApplication.Submit(
            1, "GK000001", nobody, CaseBuilder.Request with { Description = "" }, Channel.InPerson, b.On("2025-03-03"), null, CaseBuilder.Clerk));
        Assert.Equal("application.incomplete", ex.Code);
        Assert.Contains("申请人姓名或名称", ex.Message);
        Assert.Contains("联系方式", ex.Message);
        Assert.Contains("所需信息的名称或内容描述", ex.Message);
    }
}
