using Gongkai.Auditing;
using Gongkai.Deadlines;
using Gongkai.Letters;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gongkai.Applications;

/// <summary>Issuing letters: built, rendered, kept and audited in one SaveChanges.</summary>
public sealed partial class ApplicationWorkflow
{
    // Two staff issuing the same letter at once both find its number free; the unique index lets one win, the other retries.
    private const int LetterAttempts = 3;

    /// <summary>
    /// Builds a letter of the user's own case, dated today (CST), renders it as PDF and Word, and keeps both files with
    /// its audit row in one SaveChanges. Issuing a kind again (a corrected letter) keeps the earlier one; the newest is
    /// current. A letter missing a required element throws <see cref="WorkflowRuleException"/> and nothing is recorded.
    /// </summary>
    public async Task<IssuedLetter> IssueLetterAsync(
        string trackingNumber, StaffUser actor, LetterKind kind, LetterDetails details, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireCaseRole(actor);
        var application = await db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TrackingNumber == trackingNumber && a.AgencyId == actor.AgencyId, cancellation).ConfigureAwait(false)
            ?? throw new CaseNotFoundException(trackingNumber);
        var agency = await db.Agencies.AsNoTracking().Include(a => a.Parent).SingleAsync(a => a.Id == application.AgencyId, cancellation).ConfigureAwait(false);
        var today = ChinaTime.Today(time);
        // The extension notice states the new due date; the case clock is the one place that knows it.
        if (kind == LetterKind.Extension && details.NewDueDate is null)
            details = details with { NewDueDate = CaseClock.Explain(application, calendar, today).Due };
        var built = LetterBuilder.Build(kind, application, agency, today, details);
        for (var attempt = 1; ; attempt++)
        {
            var letter = built with { Number = await FreeNumberAsync(built, application, details, cancellation).ConfigureAwait(false) };
            var issued = new IssuedLetter(application.Id, application.AgencyId, letter, time.GetUtcNow().UtcDateTime, actor.Id,
                LetterRenderer.ToPdf(letter), LetterRenderer.ToDocx(letter));
            db.IssuedLetters.Add(issued);
            // The hash in the trail lets the agency show later that a kept file is the one it sent.
            db.Audit(actor, AuditActions.LetterIssued, new AuditTarget("application", application.TrackingNumber),
                summary: $"{kind.Label()} {letter.Number}（PDF SHA-256 {issued.PdfSha256}）");
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
