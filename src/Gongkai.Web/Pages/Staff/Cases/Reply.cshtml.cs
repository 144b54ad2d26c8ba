using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Letters;
using Gongkai.Web.Applications;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Cases;

/// <summary>
/// 作出答复 as one step with its letter: the outcome chosen on the case page, staff fill in what the letter says,
/// preview the letter exactly as it will be issued, and issuing records the reply, the kept letter and the audit rows
/// together. A case already answered issues a corrected reply letter the same way. Nothing staff type goes into an
/// address: the details are posted.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ReplyModel(GongkaiDbContext db, ApplicationWorkflow workflow, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string TrackingNumber { get; set; } = "";

    public DisclosureApplication Case { get; private set; } = null!;

    /// <summary>The outcome decided on; null until one is chosen.</summary>
    public ReplyOutcome? Outcome { get; private set; }

    public string ReportRow { get; private set; } = "";

    /// <summary>The case is answered already: this issues a corrected reply letter for the recorded outcome.</summary>
    public bool Correcting { get; private set; }

    /// <summary>Why the case cannot be answered now, instead of the form.</summary>
    public string? NotNow { get; private set; }

    public IReadOnlyList<LetterField> Fields { get; private set; } = [];

    /// <summary>What the form shows in each field: what staff posted, or the proposal for a new reply.</summary>
    public IReadOnlyDictionary<string, string?> Values { get; private set; } = new Dictionary<string, string?>();

    public Letter? Preview { get; private set; }

    public IReadOnlyList<OutcomeChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? outcome, CancellationToken cancellation)
    {
        if (await LoadAsync(outcome, cancellation) is { } result)
            return result;
        var proposed = new Dictionary<string, string?>();
        if (Fields.Any(f => f.Name == "how_provided"))
            proposed["how_provided"] = LetterBuilder.DefaultProvision(Case);
        if (Correcting)
            proposed["reason"] = Case.Reply!.Note;
        Values = proposed;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string? outcome, CancellationToken cancellation)
    {
        if (await LoadAsync(outcome, cancellation) is { } result)
            return result;
        await DraftAsync(cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(string? outcome, int? version, string? previewed, CancellationToken cancellation)
    {
        if (await LoadAsync(outcome, cancellation) is { } result)
            return result;
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        try
        {
            var details = Details();
            if (Correcting)
                await workflow.IssueLetterAsync(TrackingNumber, user!, LetterKind.Reply, details, cancellation, previewed ?? "");
            else
                await workflow.ReplyAsync(TrackingNumber, user!, version, details, previewed ?? "", cancellation);
            return Redirect(CaseModel.CasePath(TrackingNumber) + "#issued-letters");
        }
        catch (WorkflowRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }

        // Shown again as it stands now, so a letter that changed since its preview can be reviewed and issued.
        db.ChangeTracker.Clear();
        if (await LoadAsync(outcome, cancellation) is { } reloaded)
            return reloaded;
        await DraftAsync(cancellation, reportRefusal: false);
        return Page();
    }

    private async Task DraftAsync(CancellationToken cancellation, bool reportRefusal = true)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        try
        {
            Preview = Correcting
                ? await workflow.DraftLetterAsync(TrackingNumber, user!, LetterKind.Reply, Details(), cancellation)
                : await workflow.DraftReplyAsync(TrackingNumber, user!, Details(), cancellation);
        }
        catch (WorkflowRuleException e) when (reportRefusal)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (WorkflowRuleException)
        {
            Preview = null;
        }
    }

    // The case, the outcome and the fields its letter needs; a result when the page cannot go on.
    private async Task<IActionResult?> LoadAsync(string? outcome, CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        var application = await workflow.FindForStaffAsync(TrackingNumber, user, cancellation);
        if (application is null)
            return NotFound();
        Case = application;
        var year = ChinaTime.Today(time).Year;
        Choices = OutcomeChoices.ForYear(year);
        Correcting = application.Reply is not null;
        if (!ApplicationWorkflow.MayHandleCases(user))
            NotNow = "您没有办理依申请公开案件的权限（需承办人或公开办负责人角色）";
        else if (!Correcting && application.Status != ApplicationStatus.Received)
            NotNow = $"本申请当前{application.Status.Label()}，不能作出答复";
        Outcome = LetterTemplates.FindReply(Correcting ? application.Reply!.Outcome : outcome);
        if (Outcome is not null)
        {
            ReportRow = "年报计入：" + OutcomeChoices.ReportRow(Outcome.Outcome, ReportFormats.ForYear(year));
            Fields = [.. Outcome.Fields, LetterTemplates.ContactField];
        }

        Values = Fields.ToDictionary(f => f.Name, f => Posted(f.Name));
        return null;
    }

    private string? Posted(string name) =>
        Request.HasFormContentType && Request.Form.TryGetValue(name, out var value) ? value.ToString() : null;

    private LetterDetails Details() => LetterDetails.FromFields(name => Values.GetValueOrDefault(name)) with { Outcome = Outcome?.Outcome };
}
