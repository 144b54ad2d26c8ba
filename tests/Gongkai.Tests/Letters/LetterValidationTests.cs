using Gongkai.Applications;
using Gongkai.Letters;
using Gongkai.Tests.Applications;
using static Gongkai.Tests.Applications.CaseBuilder;

namespace Gongkai.Tests.Letters;

public class LetterValidationTests
{
    // A letter that lacks one of these cannot be issued; each refusal has its stable code.
    public static TheoryData<string, string, string?> MissingReplyElements => new()
    {
        // Outcome, what the clerk left out (as the code expects), and a detail field left blank.
        { "art15_third_party", "letter.reason-required", null },
        { "art16_process_info", "letter.reason-required", null },
        { "art38_needs_creation", "letter.reason-required", null },
        { "art36_6_repeat", "letter.reason-required", null },
        { "art36_7_special_procedure_registry", "letter.reason-required", null },
        { "art36_1_already_public", "letter.location-required", null },
        { "art36_5_not_this_agency", "letter.holder-required", "reason" },
        { "art36_5_not_this_agency", "letter.reason-required", "holder" },
        { Outcomes.Partial, "letter.partial-scope-required", "reason" },
        { Outcomes.Partial, "letter.withheld-basis-required", "scope" },
        { Outcomes.Partial, "letter.reason-required", "scope+basis" },
    };

    [Theory]
    [MemberData(nameof(MissingReplyElements))]
    public void ReplyMissingARequiredElementIsRefused(string outcome, string code, string? given)
    {
        var details = given switch
        {
            "reason" => new LetterDetails { Reason = "该信息由区财政局管理" },
            "holder" => new LetterDetails { Holder = "某某区财政局" },
            "scope" => new LetterDetails { DisclosedPart = "年度总额", WithheldPart = "银行账户" },
            "scope+basis" => new LetterDetails { DisclosedPart = "年度总额", WithheldPart = "银行账户", WithheldOutcome = "art15_third_party" },
            _ => LetterDetails.None,
        };

        Refused(code, () => LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(outcome), LetterCases.Agency(), LetterCases.IssuedOn, details));
    }

    [Fact]
    public void ReplyWithoutAReconsiderationBodyIsRefused() =>
        Refused("letter.remedy-body-required", () =>
            LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), LetterCases.Detached(court: "某某区人民法院"), LetterCases.IssuedOn));

    [Fact]
    public void FeeNoticeWithoutAReconsiderationBodyIsRefused()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 12);
        application.IssueFeeNotice(b.On("2025-03-07"), Clerk, FeeMethod.PerVolume, 700m, 100, pausesClock: true);

        Refused("letter.remedy-body-required", () => LetterBuilder.Build(LetterKind.Fee, application, LetterCases.Detached(court: "某某区人民法院"), LetterCases.IssuedOn,
            new LetterDetails { PaymentMethod = "银行转账" }));
    }

    [Fact]
    public void ReplyBeforeAnOutcomeIsChosenIsRefused() =>
        Refused("letter.outcome-required", () => LetterBuilder.Build(LetterKind.Reply, LetterCases.Received(), LetterCases.Agency(), LetterCases.IssuedOn));

    [Theory]
    [InlineData(Outcomes.WithdrawnOrOther)]
    [InlineData(Outcomes.AbandonedNoCorrection)]
    [InlineData(Outcomes.FeeUnpaid)]
    public void OutcomesWithoutADecisionHaveNoReplyLetter(string outcome) =>
        Refused("letter.no-letter-for-outcome", () => LetterBuilder.Build(LetterKind.Reply, LetterCases.Received(), LetterCases.Agency(), LetterCases.IssuedOn,
            new LetterDetails { Outcome = outcome }));

    [Fact]
    public void LetterBeforeTheDateOfReceiptIsKnownIsRefused()
    {
        // An ordinary letter waits for the confirmation with the applicant that fixes the date of receipt (Art. 31).
        var application = DisclosureApplication.Submit(1, "GK000013", Applicant(), Request, Channel.OrdinaryLetter,
            new CaseBuilder().On("2025-03-03"), null, Clerk);

        Refused("letter.receipt-required", () => LetterBuilder.Build(LetterKind.Reply, application, LetterCases.Agency(), LetterCases.IssuedOn,
            new LetterDetails { Outcome = Disclosed }));
    }

    [Theory]
    [InlineData(LetterKind.Correction, "letter.correction-items-required")]
    [InlineData(LetterKind.Extension, "letter.extension-required")]
    [InlineData(LetterKind.ThirdPartyConsultation, "letter.consultation-required")]
    [InlineData(LetterKind.AgencyConsultation, "letter.consultation-required")]
    [InlineData(LetterKind.Fee, "letter.fee-required")]
    public void NoticeBeforeItsStepIsRecordedIsRefused(LetterKind kind, string code) =>
        Refused(code, () => LetterBuilder.Build(kind, LetterCases.Received(), LetterCases.Agency(), LetterCases.IssuedOn));

    [Fact]
    public void ExtensionNoticeWithoutTheNewDueDateIsRefused()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 12);
        application.ExtendDeadline(b.On("2025-03-28"), Clerk, OfficeHead, approverIsOfficeHead: true, 10, "需要调档", Calendar);

        Refused("letter.due-date-required", () => LetterBuilder.Build(LetterKind.Extension, application, LetterCases.Agency(), LetterCases.IssuedOn));
    }

    [Fact]
    public void FeeNoticeWithoutAPaymentMethodIsRefused()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 12);
        application.IssueFeeNotice(b.On("2025-03-07"), Clerk, FeeMethod.PerVolume, 700m, 100, pausesClock: true);

        Refused("letter.payment-method-required", () => LetterBuilder.Build(LetterKind.Fee, application, LetterCases.Agency(), LetterCases.IssuedOn));
    }

    [Fact]
    public void ReplyNamingAnotherOutcomeThanTheRecordedOneIsRefused() =>
        Refused("letter.outcome-mismatch", () => LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), LetterCases.Agency(), LetterCases.IssuedOn,
            new LetterDetails { Outcome = "art36_4_not_exist" }));

    [Fact]
    public void AlteredLetterIsNotRendered()
    {
        var letter = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), LetterCases.Agency(), LetterCases.IssuedOn) with { RemedyNotice = null };

        Refused("letter.remedy-required", () => LetterRenderer.ToPdf(letter));
        Refused("letter.remedy-required", () => LetterRenderer.ToDocx(letter));
    }

    [Fact]
    public void LetterWithoutAnAddresseeIsRefused()
    {
        var letter = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), LetterCases.Agency(), LetterCases.IssuedOn);

        Refused("letter.addressee-required", () => LetterValidation.Validate(letter with { Addressee = "" }));
        Refused("letter.basis-required", () => LetterValidation.Validate(letter with { LegalBasis = " " }));
        Refused("letter.remedy-required", () => LetterValidation.Validate(letter with { RemedyNotice = null }));
    }

    private static void Refused(string code, Action action)
    {
        var ex = Assert.Throws<WorkflowRuleException>(action);
        Assert.Equal(code, ex.Code);
        Assert.Contains(ex.Message, c => c >= '\u4e00' && c <= '\u9fff');
    }
}
