using System.Globalization;
using Gongkai.Applications;
using Gongkai.Deadlines;

namespace Gongkai.Remedies;

/// <summary>
/// 行政复议、行政诉讼记录: one reconsideration or lawsuit brought over a disclosure case of the agency (Regulation
/// Art. 51), what section 四 of the annual report counts (Art. 50(三)). It is filed pending and decided once; a
/// mistaken record is corrected with a reason, which the audit trail keeps. Dates are statutory (CST) dates.
/// </summary>
public sealed class RemedyRecord
{
    public const int BodyLength = 100;
    public const int CaseNumberLength = 60;
    public const int NoteLength = 500;

    private RemedyRecord(int agencyId, long applicationId)
    {
        AgencyId = agencyId;
        ApplicationId = applicationId;
        Body = CaseNumber = "";
    }

    // For the persistence layer, which sets every property from its columns.
    private RemedyRecord() => Body = CaseNumber = "";

    public long Id { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>The disclosure case (<see cref="DisclosureApplication.Id"/>) the reconsideration or lawsuit is about.</summary>
    public long ApplicationId { get; private set; }

    public RemedyKind Kind { get; private set; }

    /// <summary>复议机关 or 人民法院.</summary>
    public string Body { get; private set; }

    /// <summary>案号, e.g. （2025）京0105行初123号; unique within the agency.</summary>
    public string CaseNumber { get; private set; }

    /// <summary>申请日期 (reconsideration) or 立案日期 (lawsuit): section 四 counts the record in this year.</summary>
    public DateOnly FiledOn { get; private set; }

    public RemedyResult Result { get; private set; }

    /// <summary>The day of the decision or judgment; null while pending.</summary>
    public DateOnly? DecidedOn { get; private set; }

    public string? Note { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>Bumped by the data layer on every change, so a form drawn from an older version is refused.</summary>
    public int Version { get; private set; }

    public bool IsPending => Result == RemedyResult.Pending;

    /// <summary>Registers a reconsideration or lawsuit over <paramref name="application"/>, pending until decided.</summary>
    public static RemedyRecord File(
        DisclosureApplication application, RemedyKind kind, string body, string caseNumber, DateOnly filedOn, string? note, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        var (cleanBody, cleanNumber) = Validate(application, kind, body, caseNumber, filedOn, today);
        return new RemedyRecord(application.AgencyId, application.Id)
        {
            Kind = kind,
            Body = cleanBody,
            CaseNumber = cleanNumber,
            FiledOn = filedOn,
            Note = Optional(note, "说明"),
        };
    }

    /// <summary>The decision or judgment, once: a second decision is a correction and needs a reason.</summary>
    public void RecordDecision(RemedyResult result, DateOnly decidedOn, string? note, DateOnly today)
    {
        if (!IsPending)
            throw new WorkflowRuleException("remedy.already-decided", $"该案件已于 {Text(DecidedOn!.Value)} 审结，结果为{Result.Label()}；如记录有误，请更正并说明理由");
        if (result == RemedyResult.Pending)
            throw new WorkflowRuleException("remedy.result-required", "请选择审结结果：结果维持、结果纠正或其他结果");
        CheckDecisionDate(decidedOn, FiledOn, today);
        var decisionNote = Optional(note, "审结说明");
        (Result, DecidedOn, DecisionNote) = (result, decidedOn, decisionNote);
    }

    /// <summary>
    /// Corrects a mistaken record, any field at once, with a reason; the same rules as filing and deciding apply, and a
    /// correction that changes nothing is refused so the trail holds only real changes.
    /// </summary>
    public void Correct(
        DisclosureApplication application, RemedyKind kind, string body, string caseNumber, DateOnly filedOn,
        RemedyResult result, DateOnly? decidedOn, string reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Id != ApplicationId)
            throw new ArgumentException("A record is corrected against its own case.", nameof(application));
        if (string.IsNullOrWhiteSpace(reason))
            throw new WorkflowRuleException("remedy.reason-required", "更正记录应说明理由");
        if (result == RemedyResult.Pending && decidedOn is not null)
            throw new WorkflowRuleException("remedy.pending-with-date", "尚未审结的案件不应填写审结日期");
        if (result != RemedyResult.Pending && decidedOn is null)
            throw new WorkflowRuleException("remedy.decided-on-required", "已审结的案件应填写审结日期");
        // Everything is checked before anything changes, so a refused correction leaves the record as it was.
        var (cleanBody, cleanNumber) = Validate(application, kind, body, caseNumber, filedOn, today);
        if (decidedOn is { } decided)
            CheckDecisionDate(decided, filedOn, today);
        if ((Kind, Body, CaseNumber, FiledOn, Result, DecidedOn) == (kind, cleanBody, cleanNumber, filedOn, result, decidedOn))
            throw new WorkflowRuleException("remedy.nothing-corrected", "更正内容与原记录相同，无需更正");
        (Kind, Body, CaseNumber, FiledOn, Result, DecidedOn) = (kind, cleanBody, cleanNumber, filedOn, result, decidedOn);
        if (result == RemedyResult.Pending)
            DecisionNote = null;
    }

    private static (string Body, string CaseNumber) Validate(
        DisclosureApplication application, RemedyKind kind, string body, string caseNumber, DateOnly filedOn, DateOnly today)
    {
        if (!Enum.IsDefined(kind))
            throw new WorkflowRuleException("remedy.kind-required", "请选择类型：行政复议、未经复议直接起诉或复议后起诉");
        var cleanBody = Required(body, kind.BodyLabel(), BodyLength);
        var cleanNumber = Required(caseNumber, "案号", CaseNumberLength);
        if (filedOn > today)
            throw new WorkflowRuleException("remedy.filed-in-future", $"{kind.FiledLabel()}不能晚于今天（{Text(today)}）");
        // A challenge to how a request was handled cannot predate the request; before confirmation the arrival counts.
        var start = application.ReceivedOn ?? ChinaTime.ToStatutoryDate(application.ArrivedAt);
        if (filedOn < start)
            throw new WorkflowRuleException("remedy.filed-before-case", $"{kind.FiledLabel()}不能早于申请 {application.TrackingNumber} 的收到日期（{Text(start)}）");
        return (cleanBody, cleanNumber);
    }

    private static void CheckDecisionDate(DateOnly decidedOn, DateOnly filedOn, DateOnly today)
    {
        if (decidedOn < filedOn)
            throw new WorkflowRuleException("remedy.decided-before-filed", $"审结日期不能早于申请或立案日期（{Text(filedOn)}）");
        if (decidedOn > today)
            throw new WorkflowRuleException("remedy.decided-in-future", $"审结日期不能晚于今天（{Text(today)}）");
    }

    private static string Required(string? value, string what, int length)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new WorkflowRuleException("remedy.field-required", $"请填写{what}");
        if (value.Trim().Length > length)
            throw new WorkflowRuleException("remedy.field-too-long", $"{what}不能超过 {length} 个字");
        return value.Trim();
    }

    private static string? Optional(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, what, NoteLength);

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
