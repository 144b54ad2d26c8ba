using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Letters;

/// <summary>The reads of kept letters shared by the staff case page, /track and the API; files are loaded only to download.</summary>
public static class IssuedLetters
{
    /// <summary>A case's letters, newest first; <paramref name="applicantOnly"/> keeps those addressed to the applicant.</summary>
    public static async Task<IReadOnlyList<IssuedLetterSummary>> ListAsync(
        GongkaiDbContext db, long applicationId, bool applicantOnly, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.IssuedLetters.AsNoTracking()
            .Where(l => l.ApplicationId == applicationId)
            .OrderByDescending(l => l.IssuedAt).ThenByDescending(l => l.Id)
            .Select(l => new
            {
                l.Id,
                l.Kind,
                l.Number,
                l.Addressee,
                l.IssuedOn,
                l.IssuedAt,
                IssuedBy = db.StaffUsers.Where(s => s.Id == l.IssuedBy).Select(s => s.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellation).ConfigureAwait(false);
        var seen = new HashSet<(LetterKind, string)>();
        // Newest first, so the first of each kind to each addressee is the current one.
        return [.. rows
            .Select(r => new IssuedLetterSummary(
                r.Id, r.Kind, r.Number, r.Addressee, r.IssuedOn, r.IssuedAt, r.IssuedBy ?? "", seen.Add((r.Kind, r.Addressee))))
            .Where(r => !applicantOnly || r.Kind.IsToApplicant())];
    }

    /// <summary>A letter of the given agency, files included; null when there is none, so another agency's stays unseen.</summary>
    public static Task<IssuedLetter?> FindForAgencyAsync(GongkaiDbContext db, long letterId, int agencyId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.IssuedLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId && l.AgencyId == agencyId, cancellation);
    }

    /// <summary>A letter of the case addressed to its applicant, files included; null for any other letter.</summary>
    public static async Task<IssuedLetter?> FindForApplicantAsync(GongkaiDbContext db, long letterId, long applicationId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var letter = await db.IssuedLetters.AsNoTracking()
            .SingleOrDefaultAsync(l => l.Id == letterId && l.ApplicationId == applicationId, cancellation).ConfigureAwait(false);
        return letter is not null && letter.Kind.IsToApplicant() ? letter : null;
    }

    /// <summary>
    /// The download name, e.g. NMF-2025-000001-答复告知书.pdf. The Word copy says in its name that it is for drafting
    /// only: the PDF is the letter as issued.
    /// </summary>
    public static string FileName(string trackingNumber, LetterKind kind, string extension) =>
        extension == "docx" ? $"{trackingNumber}-{kind.Label()}（仅供起草修改）.docx" : $"{trackingNumber}-{kind.Label()}.{extension}";
}
