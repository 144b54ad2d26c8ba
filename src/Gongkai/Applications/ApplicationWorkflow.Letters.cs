using Gongkai.Auditing;
using Gongkai.Deadlines;
using Gongkai.Letters;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gongkai.Applications;

/// <summary>Drafting and issuing letters: built, rendered, kept and audited in one SaveChanges.</summary>
public sealed partial class ApplicationWorkflow
{
    // Two staff issuing the same letter at once both find its number free; the unique index lets one win, the other retries.
    private const int LetterAttempts = 3;

    /// <summary>Shown when what would be issued is no longer what staff reviewed in the preview.</summary>
    public const string PreviewChanged = "文书内容与预览时不一致（案卷、本机关设置或日期已有变化），请重新预览后再出具";

    /// <summary>
    /// The letter of the user's own case as it would be issued now, its 文号 included, for staff to review; nothing is
    /// recorded. A letter missing a required element throws <see cref="WorkflowRuleException"/>.
    /// </summary>
    public async Task<Letter> DraftLetterAsync(string trackingNumber, StaffUser actor, LetterKind kind, LetterDetails details, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireCaseRole(actor);
        var application = await db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TrackingNumber == trackingNumber && a.AgencyId == actor.AgencyId, cancellation).ConfigureAwait(false)
            ?? throw new CaseNotFoundException(trackingNumber);
        return await BuildLetterAsync(application, kind, details, cancellation).ConfigureAwait(false);
    }

    /// <summary>
    /// Builds a letter of the user's own case, dated today (CST), renders it as PDF and Word, and keeps both files with
    /// its audit row in one SaveChanges. Issuing a kind again (a corrected letter) keeps the earlier one; the newest is
    /// current. A letter missing a required element throws <see cref="WorkflowRuleException"/> and nothing is recorded;
    /// so does one that differs from the <paramref name="previewed"/> digest (<see cref="Letter.Digest"/>) staff reviewed.
    /// </summary>
    public async Task<IssuedLetter> IssueLetterAsync(
        string trackingNumber, StaffUser actor, LetterKind kind, LetterDetails details, CancellationToken cancellation, string? previewed = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireCaseRole(actor);
        for (var attempt = 1; ; attempt++)
        {
            var application = await db.Applications.AsNoTracking()
                .SingleOrDefaultAsync(a => a.TrackingNumber == trackingNumber && a.AgencyId == actor.AgencyId, cancellation).ConfigureAwait(false)
                ?? throw new CaseNotFoundException(trackingNumber);
            var letter = await BuildLetterAsync(application, kind, details, cancellation).ConfigureAwait(false);
            RequireAsPreviewed(letter, previewed);
            var issued = Keep(application, letter, actor);
            try
            {
                await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
                LogLetterIssued(application.TrackingNumber, kind, issued.Id, actor.Id);
                return issued;
            }
            catch (DbUpdateException) when (attempt < LetterAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    // The letter as the builder makes it today, with the 文号 no earlier letter of the agency holds.
    private async Task<Letter> BuildLetterAsync(DisclosureApplication application, LetterKind kind, LetterDetails details, CancellationToken cancellation)
    {
        var agency = await db.Agencies.AsNoTracking().Include(a => a.Parent)
            .SingleAsync(a => a.Id == application.AgencyId, cancellation).ConfigureAwait(false);
        var today = ChinaTime.Today(time);
        // The extension notice states the new due date; the case clock is the one place that knows it.
        if (kind == LetterKind.Extension && details.NewDueDate is null)
            details = details with { NewDueDate = CaseClock.Explain(application, calendar, today).Due };
        var built = LetterBuilder.Build(kind, application, agency, today, details);
        return built with { Number = await FreeNumberAsync(built, application, details, cancellation).ConfigureAwait(false) };
    }

    private static void RequireAsPreviewed(Letter letter, string? previewed)
    {
        if (previewed is not null && previewed != letter.Digest())
            throw new WorkflowRuleException("letter.preview-changed", PreviewChanged);
    }

    // Renders the letter and adds it with its audit row; the caller saves. The hash in the trail lets the agency show
    // later that a kept file is the one it sent.
    private IssuedLetter Keep(DisclosureApplication application, Letter letter, StaffUser actor)
    {
        var issued = new IssuedLetter(application.Id, application.AgencyId, letter, time.GetUtcNow().UtcDateTime, actor.Id,
            LetterRenderer.ToPdf(letter), LetterRenderer.ToDocx(letter));
        db.IssuedLetters.Add(issued);
        db.Audit(actor, AuditActions.LetterIssued, new AuditTarget("application", application.TrackingNumber),
            summary: $"{letter.Kind.Label()} {letter.Number}（PDF SHA-256 {issued.PdfSha256}）");
        return issued;
    }

    // The builder's number, or its next edition while an earlier letter of the agency holds it. A number staff typed
    // themselves is theirs to choose, so a taken one is refused rather than changed.
    private async Task<string> FreeNumberAsync(Letter letter, DisclosureApplication application, LetterDetails details, CancellationToken cancellation)
    {
        var typed = !string.IsNullOrWhiteSpace(details.Number);
        for (var edition = 1; ; edition++)
        {
            var number = typed || edition == 1 ? letter.Number : LetterBuilder.Number(letter.Kind, application.TrackingNumber, letter.IssuedOn, edition);
            if (!await db.IssuedLetters.AnyAsync(l => l.AgencyId == application.AgencyId && l.Number == number, cancellation).ConfigureAwait(false))
                return number;
            if (typed)
                throw new WorkflowRuleException("letter.number-taken", $"文号「{number}」已用于本机关出具的另一份文书，请换一个文号");
        }
    }

    [LoggerMessage(LogLevel.Information, "Application {TrackingNumber}: letter {Kind} issued as {LetterId} by staff user {ActorId}")]
    private partial void LogLetterIssued(string trackingNumber, LetterKind kind, long letterId, int actorId);
}
