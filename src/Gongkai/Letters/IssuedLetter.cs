using System.Security.Cryptography;

namespace Gongkai.Letters;

/// <summary>
/// 已出具的文书: a letter exactly as it was issued, its PDF and Word files kept byte for byte with a SHA-256 of the PDF,
/// so the agency can later prove what it sent and the applicant can download it. Never changed or deleted: a corrected
/// letter is issued again and the newest of a kind to the same addressee is the current one (<see cref="IssuedLetters"/>).
/// </summary>
public sealed class IssuedLetter
{
    public IssuedLetter(long applicationId, int agencyId, Letter letter, DateTime issuedAt, int issuedBy, byte[] pdf, byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(docx);
        ApplicationId = applicationId;
        AgencyId = agencyId;
        Kind = letter.Kind;
        Number = letter.Number;
        Addressee = letter.Addressee;
        IssuedOn = letter.IssuedOn;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
        Pdf = pdf;
        Docx = docx;
        PdfSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
    }

    // For the persistence layer, which sets every property from its columns.
    private IssuedLetter()
    {
        Number = Addressee = PdfSha256 = "";
        Pdf = Docx = [];
    }

    public long Id { get; private set; }

    public long ApplicationId { get; private set; }

    /// <summary>The issuing agency, in whose 文号 series <see cref="Number"/> is unique.</summary>
    public int AgencyId { get; private set; }

    public LetterKind Kind { get; private set; }

    /// <summary>文号, unique within the agency.</summary>
    public string Number { get; private set; }

    /// <summary>主送: the applicant, or the third party or agency consulted.</summary>
    public string Addressee { get; private set; }

    /// <summary>成文日期 printed on the letter (CST).</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>UTC instant of issue.</summary>
    public DateTime IssuedAt { get; private set; }

    /// <summary>The staff user who issued it.</summary>
    public int IssuedBy { get; private set; }

    public byte[] Pdf { get; private set; }

    public byte[] Docx { get; private set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Pdf"/>, also written to the audit trail when the letter is issued.</summary>
    public string PdfSha256 { get; private set; }
}
