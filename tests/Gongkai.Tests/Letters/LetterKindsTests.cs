using Gongkai.Applications;
using Gongkai.Letters;
using Gongkai.Tests.Applications;
using static Gongkai.Tests.Applications.CaseBuilder;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Letters;

public class LetterKindsTests
{
    [Fact]
    public void FreshCaseHasNoLetterYet() => Assert.Empty(LetterKinds.Issuable(LetterCases.Received()));

    [Fact]
    public void EachRecordedStepMakesItsLetterIssuableAndEveryIssuableLetterBuilds()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 12);
        application.RequestCorrection(b.On("2025-03-05"), Clerk, "请写明所需文件的名称或文号", D("2025-03-19"), Calendar);
        application.RecordCorrection(b.On("2025-03-10"), Clerk, null);
        application.StartThirdPartyConsultation(b.On("2025-03-11"), Clerk, "某某路桥工程有限公司", null);
        application.RecordThirdPartyOpinion(b.On("2025-03-14"), Clerk, ConsultationOpinion.Objects, null, Calendar);
        application.ExtendDeadline(b.On("2025-04-01"), Clerk, OfficeHead, approverIsOfficeHead: true, 10, "需要调档", Calendar);
        application.RecordReply(b.On("2025-04-10"), Clerk, Outcomes.Partial, null);

        var kinds = LetterKinds.Issuable(application);

        Assert.Equal([LetterKind.Correction, LetterKind.ThirdPartyConsultation, LetterKind.Extension, LetterKind.Reply], kinds);
        var details = LetterCases.Complete(Outcomes.Partial) with { NewDueDate = CaseClock.Explain(application, Calendar, D("2025-04-10")).Due };
        Assert.All(kinds, kind => Assert.NotEmpty(LetterBuilder.Build(kind, application, LetterCases.Agency(), D("2025-04-10"), details).Body));
        Assert.Equal("答复告知书", LetterKind.Reply.Label());
    }

    [Fact]
    public void TheExtensionNoticeWaitsForTheApprovalAndTheFeeNoticeForTheFeeStep()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 13);
        application.StartAgencyConsultation(b.On("2025-03-04"), Clerk, "某某区财政局", null);
        application.RecordAgencyOpinion(b.On("2025-03-06"), Clerk, ConsultationOpinion.Consents, null, Calendar);
        application.RequestExtension(b.On("2025-03-10"), Clerk, 10, "需要调档", Calendar);
        Assert.Equal([LetterKind.AgencyConsultation], LetterKinds.Issuable(application));

        application.ApproveExtension(b.On("2025-03-11"), OfficeHead, approverIsOfficeHead: true, Calendar);
        application.IssueFeeNotice(b.On("2025-03-12"), Clerk, FeeMethod.PerVolume, 700m, 100, pausesClock: true);

        Assert.Equal([LetterKind.AgencyConsultation, LetterKind.Extension, LetterKind.Fee], LetterKinds.Issuable(application));
    }
}
