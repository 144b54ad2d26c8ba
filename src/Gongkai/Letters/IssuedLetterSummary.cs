namespace Gongkai.Letters;

/// <summary>
/// One kept letter in a list, without its files. <paramref name="Current"/> marks the newest letter of its kind to its
/// addressee: an earlier one was corrected by it (two third parties consulted each keep their own current letter).
/// <paramref name="Addressee"/> and <paramref name="IssuedByName"/> are for staff only; the applicant never sees them.
/// </summary>
public sealed record IssuedLetterSummary(
    long Id, LetterKind Kind, string Number, string Addressee, DateOnly IssuedOn, DateTime IssuedAt, string IssuedByName, bool Current)
{
    public string KindLabel => Kind.Label();
}
