namespace Gongkai.Letters;

/// <summary>
/// One kept letter in a list, without its files. <paramref name="Current"/> marks the newest letter of its kind: an
/// earlier one was corrected by it. <paramref name="IssuedByName"/> is for staff only; the applicant never sees it.
/// </summary>
public sealed record IssuedLetterSummary(
    long Id, LetterKind Kind, string Number, DateOnly IssuedOn, DateTime IssuedAt, string IssuedByName, bool Current)
{
    public string KindLabel => Kind.Label();
}
