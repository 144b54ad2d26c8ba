using System.Globalization;
using Gongkai.Staff;

namespace Gongkai.Publishing;

/// <summary>
/// 政府信息: one document of the agency, drafted, reviewed step by step (公开属性审查 and 保密审查, Art. 17) and, when
/// its attribute is 主动公开, published on the column. Its 索引号 is given once, at first publication, and never
/// changes; its 发布日期 is the day of publication, set here and never entered. Statutory dates are CST dates.
/// </summary>
public sealed class GovernmentDocument
{
    public const int TitleLength = 200;
    public const int PublisherLength = 100;
    public const int NumberLength = 60;
    public const int TopicLength = 50;
    public const int CommentLength = 500;
    public const int IndexNumberLength = 60;

    private readonly List<ReviewStage> stages = [];
    private readonly List<ReviewDecision> decisions = [];

    private GovernmentDocument(int agencyId, int drafterId, DateTime createdAt)
    {
        AgencyId = agencyId;
        DrafterId = drafterId;
        CreatedAt = createdAt;
        Title = Publisher = Body = "";
    }

    // For the persistence layer, which sets every property from its columns.
    private GovernmentDocument() => Title = Publisher = Body = "";

    public long Id { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>The catalogue entry (<see cref="CatalogueEntry"/>) the document is listed under.</summary>
    public long CatalogueEntryId { get; private set; }

    /// <summary>名称</summary>
    public string Title { get; private set; }

    /// <summary>发布机构</summary>
    public string Publisher { get; private set; }

    /// <summary>成文日期</summary>
    public DateOnly WrittenOn { get; private set; }

    /// <summary>The day the information was formed or last changed: Art. 26's 20 working days run from it.</summary>
    public DateOnly FormedOn { get; private set; }

    /// <summary>文号, e.g. 朝政发〔2025〕3号; none for most information.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>主题分类</summary>
    public string? Topic { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>The sanitised HTML body (<see cref="BodyHtml"/>).</summary>
    public string Body { get; private set; }

    public DisclosureMode Attribute { get; private set; }

    public WithholdingGround? Ground { get; private set; }

    public DocumentStatus Status { get; private set; }

    public DocumentValidity Validity { get; private set; }

    /// <summary>The day the validity last changed; section 二 counts a repeal in this day's year.</summary>
    public DateOnly? ValidityChangedOn { get; private set; }

    /// <summary>The document that amended or repealed this one; its predecessor is found by this link, so both sides agree.</summary>
    public long? SuccessorId { get; private set; }

    /// <summary>A published document this draft amends or repeals once it is itself published.</summary>
    public long? ReplacesId { get; private set; }

    public DocumentValidity? ReplacesAs { get; private set; }

    /// <summary>索引号, null until first published.</summary>
    public string? IndexNumber { get; private set; }

    /// <summary>发布日期, set at publication.</summary>
    public DateOnly? PublishedOn { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public int DrafterId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The current review round: 1 for the first sending, one more for each sending after a return.</summary>
    public int Round { get; private set; }

    /// <summary>The position of the step waiting for its reviewer, while <see cref="DocumentStatus.InReview"/>.</summary>
    public int CurrentStep { get; private set; }

    public int Version { get; private set; }

    /// <summary>The chain as it stood when the document was last sent for review.</summary>
    public IReadOnlyList<ReviewStage> Stages => stages;

    public IReadOnlyList<ReviewDecision> Decisions => decisions;

    /// <summary>The step waiting for a reviewer, or null when none is.</summary>
    public ReviewStage? PendingStage => Status == DocumentStatus.InReview ? stages.SingleOrDefault(s => s.Position == CurrentStep) : null;

    /// <summary>Whether every step of the current round approved: the condition for publication.</summary>
    public bool ChainComplete =>
        Round > 0 && stages.Count > 0
        && stages.All(s => decisions.Any(d => d.Round == Round && d.Position == s.Position && d.Approved));

    public static GovernmentDocument Draft(int agencyId, StaffUser drafter, DocumentDraft draft, string defaultPublisher, DateOnly today, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(drafter);
        var document = new GovernmentDocument(agencyId, drafter.Id, now);
        document.Apply(draft, defaultPublisher, today);
        return document;
    }

    /// <summary>Changes a draft or a returned document; only its drafter may.</summary>
    public void Edit(StaffUser actor, DocumentDraft draft, string defaultPublisher, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireDrafter(actor, "修改");
        if (Status is not (DocumentStatus.Draft or DocumentStatus.Returned))
            throw new WorkflowRuleException("document.not-editable", $"{Status.Label()}的文件不能修改；如需变更，请起草新文件并注明修改或废止本文件");
        Apply(draft, defaultPublisher, today);
    }

    /// <summary>Sends the document to the first step of the agency's chain, which is copied onto it.</summary>
    public void Submit(StaffUser actor, IReadOnlyList<ReviewStage> chain)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(chain);
        RequireDrafter(actor, "送审");
        if (Status is not (DocumentStatus.Draft or DocumentStatus.Returned))
            throw new WorkflowRuleException("document.not-submittable", $"{Status.Label()}的文件不能送审");
        ReviewChain.Validate(chain);
        stages.Clear();
        stages.AddRange(chain.OrderBy(s => s.Position));
        Round++;
        CurrentStep = stages[0].Position;
        Status = DocumentStatus.InReview;
    }

    /// <summary>
    /// The reviewer of the pending step approves (the next step, or the end of the chain) or returns the document to its
    /// drafter, which needs a comment. A drafter never reviews their own document.
    /// </summary>
    public void Decide(StaffUser reviewer, bool approve, string? comment, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (PendingStage is not { } stage)
            throw new WorkflowRuleException("document.not-in-review", $"{Status.Label()}的文件没有待审查的环节");
        if (!reviewer.Roles.HasFlag(stage.Role))
            throw new WorkflowRuleException("document.not-reviewer", $"「{stage.Name}」应由{StaffRoleNames.ChineseName(stage.Role)}审查");
        if (reviewer.Id == DrafterId)
            throw new WorkflowRuleException("document.own-draft", "起草人不能审查本人起草的文件");
        var note = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (note?.Length > CommentLength)
            throw new WorkflowRuleException("document.comment-too-long", $"审查意见不能超过 {CommentLength} 个字");
        if (!approve && note is null)
            throw new WorkflowRuleException("document.comment-required", "退回时应写明退回理由");
        decisions.Add(new ReviewDecision(Round, stage.Position, stage.Name, approve, note, reviewer.Id, now));
        if (!approve)
        {
            Status = DocumentStatus.Returned;
            return;
        }

        var next = stages.Where(s => s.Position > stage.Position).OrderBy(s => s.Position).FirstOrDefault();
        if (next is null)
            Status = DocumentStatus.Approved;
        else
            CurrentStep = next.Position;
    }

    /// <summary>
    /// Publishes an approved 主动公开 document today: the 索引号 is the one given (<see cref="IndexNumbers"/>), kept
    /// for good; the publication date is today and nothing else.
    /// </summary>
    public void Publish(string indexNumber, DateOnly today, DateTime now)
    {
        if (Attribute != DisclosureMode.Proactive)
            throw new WorkflowRuleException("document.not-proactive", $"公开属性为{Attribute.Label()}的文件不在公开专栏发布");
        if (Status != DocumentStatus.Approved || !ChainComplete)
            throw new WorkflowRuleException("document.chain-incomplete", MissingSteps());
        if (IndexNumber is not null)
            throw new InvalidOperationException("A document is published once.");
        if (string.IsNullOrWhiteSpace(indexNumber) || indexNumber.Length > IndexNumberLength)
            throw new ArgumentException("An index number is required.", nameof(indexNumber));
        IndexNumber = indexNumber;
        PublishedOn = today;
        PublishedAt = now;
        Status = DocumentStatus.Published;
    }

    /// <summary>撤回: the document leaves the column at once; its 索引号 stays with it and is never given again.</summary>
    public void Withdraw(string reason, DateOnly today)
    {
        if (Status != DocumentStatus.Published)
            throw new WorkflowRuleException("document.not-published", $"{Status.Label()}的文件不能撤回");
        if (string.IsNullOrWhiteSpace(reason))
            throw new WorkflowRuleException("document.reason-required", "撤回应说明理由");
        if (reason.Trim().Length > CommentLength)
            throw new WorkflowRuleException("document.comment-too-long", $"撤回理由不能超过 {CommentLength} 个字");
        Status = DocumentStatus.Withdrawn;
        WithdrawnOn = today;
        WithdrawalReason = reason.Trim();
    }

    /// <summary>
    /// Changes the validity of a published document: 已修改 and 已废止 may name the successor that did it, 已失效 names
    /// none; back to 有效 clears the successor.
    /// </summary>
    public void ChangeValidity(DocumentValidity validity, GovernmentDocument? successor, DateOnly today)
    {
        if (Status != DocumentStatus.Published)
            throw new WorkflowRuleException("document.not-published", "只有已发布的文件才能变更有效性");
        if (!Enum.IsDefined(validity))
            throw new WorkflowRuleException("document.validity-required", "请选择有效性");
        if (validity == Validity && successor?.Id == SuccessorId)
            throw new WorkflowRuleException("document.validity-unchanged", $"该文件已经是{validity.Label()}");
        if (successor is not null)
        {
            if (validity is not (DocumentValidity.Amended or DocumentValidity.Repealed))
                throw new WorkflowRuleException("document.successor-not-allowed", $"{validity.Label()}的文件不关联新文件");
            if (successor.Id == Id || successor.AgencyId != AgencyId || successor.Status != DocumentStatus.Published)
                throw new WorkflowRuleException("document.successor-invalid", "修改或废止本文件的新文件应是本机关另一份已发布的文件");
        }

        Validity = validity;
        ValidityChangedOn = today;
        SuccessorId = successor?.Id;
    }

    /// <summary>
    /// Reopens an approved document that is not published (依申请公开 or 不予公开) as a draft, when circumstances
    /// change and its attribute is to be revisited (Art. 18); it goes through the whole chain again.
    /// </summary>
    public void Reopen(StaffUser actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireDrafter(actor, "重新审查");
        if (Status != DocumentStatus.Approved)
            throw new WorkflowRuleException("document.not-reopenable", $"{Status.Label()}的文件不能重新起草");
        Status = DocumentStatus.Draft;
    }

    private string MissingSteps()
    {
        if (Round == 0 || stages.Count == 0)
            return "文件尚未送审，不能发布";
        var missing = stages.Where(s => !decisions.Any(d => d.Round == Round && d.Position == s.Position && d.Approved)).Select(s => s.Name);
        return $"审查尚未完成，不能发布：待{string.Join("、", missing)}";
    }

    private void RequireDrafter(StaffUser actor, string what)
    {
        if (actor.Id != DrafterId)
            throw new WorkflowRuleException("document.not-drafter", $"只有起草人才能{what}本文件");
    }

    private void Apply(DocumentDraft draft, string defaultPublisher, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var title = Required(draft.Title, "名称", TitleLength);
        var publisher = string.IsNullOrWhiteSpace(draft.Publisher) ? defaultPublisher : Required(draft.Publisher, "发布机构", PublisherLength);
        if (draft.WrittenOn > today)
            throw new WorkflowRuleException("document.written-in-future", $"成文日期不能晚于今天（{Text(today)}）");
        var formed = draft.FormedOn ?? draft.WrittenOn;
        if (formed < draft.WrittenOn || formed > today)
            throw new WorkflowRuleException("document.formed-out-of-range", $"信息形成或变更日期应在成文日期（{Text(draft.WrittenOn)}）与今天之间");
        var number = DocumentNumbers.Normalize(draft.DocumentNumber);
        if (!Enum.IsDefined(draft.Kind) || !Enum.IsDefined(draft.Attribute))
            throw new WorkflowRuleException("document.choice-required", "请选择文件类型和公开属性");
        if (draft.Attribute == DisclosureMode.Withheld && draft.Ground is null)
            throw new WorkflowRuleException("document.ground-required", "不予公开的文件应选择依据（第十四条至第十六条）");
        if (draft.Ground is { } g && !Enum.IsDefined(g))
            throw new WorkflowRuleException("document.ground-required", "不予公开的依据无效");
        if (draft.ReplacesId is not null && draft.ReplacesAs is not (DocumentValidity.Amended or DocumentValidity.Repealed))
            throw new WorkflowRuleException("document.replaces-how", "请选择本文件是修改还是废止原文件");
        (CatalogueEntryId, Title, Publisher, WrittenOn, FormedOn, DocumentNumber) = (draft.CatalogueEntryId, title, publisher, draft.WrittenOn, formed, number);
        Topic = string.IsNullOrWhiteSpace(draft.Topic) ? null : Required(draft.Topic, "主题分类", TopicLength);
        (Kind, Attribute) = (draft.Kind, draft.Attribute);
        Ground = draft.Attribute == DisclosureMode.Withheld ? draft.Ground : null;
        Body = BodyHtml.Sanitize(draft.Body);
        ReplacesId = draft.ReplacesId;
        ReplacesAs = draft.ReplacesId is null ? null : draft.ReplacesAs;
    }

    private static string Required(string? value, string what, int length)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new WorkflowRuleException("document.field-required", $"请填写{what}");
        if (value.Trim().Length > length)
            throw new WorkflowRuleException("document.field-too-long", $"{what}不能超过 {length} 个字");
        return value.Trim();
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
