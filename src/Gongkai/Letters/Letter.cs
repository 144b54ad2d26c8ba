using System.Security.Cryptography;
using System.Text;
using Gongkai.Documents;

namespace Gongkai.Letters;

/// <summary>
/// A letter ready to issue: 文号, title, addressee (主送), body, the legal basis it cites, the remedy notice where the
/// letter decides something the applicant may contest, and the signature block (agency and 成文日期). Built only by
/// <see cref="LetterBuilder"/>, which refuses a letter that lacks a required element.
/// </summary>
public sealed record Letter(
    LetterKind Kind,
    string Number,
    string Title,
    string Addressee,
    IReadOnlyList<string> Body,
    string LegalBasis,
    string? RemedyNotice,
    string AgencyName,
    DateOnly IssuedOn)
{
    /// <summary>The outcome code a reply letter answers with; null for notices.</summary>
    public string? Outcome { get; init; }

    /// <summary>联系人 and telephone, printed after the body when given.</summary>
    public string? Contact { get; init; }

    /// <summary>The closing line: 特此告知 to the applicant, 特此函询 in a consultation.</summary>
    public string Closing { get; init; } = "特此告知。";

    public string DateText => LetterText.Date(IssuedOn);

    /// <summary>
    /// A SHA-256 of everything the letter prints, so a letter issued after its preview can be checked to say exactly
    /// what staff reviewed.
    /// </summary>
    public string Digest()
    {
        string?[] parts = [Kind.ToString(), Number, Title, Addressee, .. Body, LegalBasis, RemedyNotice, Contact, Closing, AgencyName, DateText];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))));
    }

    /// <summary>
    /// Laid out after GB/T 9704-2012: 文号 centred under the title, 主送 flush left, body indented two characters, the
    /// remedy notice last, one empty line, then the agency centred over the date, the date 右空四字 (§7.3.5.1, the sealed
    /// form, leaving room for the seal).
    /// </summary>
    public DocumentModel ToDocument()
    {
        var blocks = new List<DocumentBlock> { new ParagraphBlock(Addressee + "：") { Align = ParagraphAlign.Left } };
        blocks.AddRange(Body.Select(text => new ParagraphBlock(text)));
        if (Contact is not null)
            blocks.Add(new ParagraphBlock("联系人及联系电话：" + Contact + "。"));
        if (RemedyNotice is not null)
            blocks.Add(new ParagraphBlock(RemedyNotice));
        blocks.Add(new ParagraphBlock(Closing));
        blocks.Add(new ParagraphBlock(""));
        blocks.Add(new ParagraphBlock(AgencyName) { Align = ParagraphAlign.Right, RightIndentChars = CentredOver(AgencyName, DateText) });
        blocks.Add(new ParagraphBlock(DateText) { Align = ParagraphAlign.Right, RightIndentChars = DateRightIndent });
        return new DocumentModel(Title, blocks) { Subtitle = Number };
    }

    private const double DateRightIndent = 4;

    // The agency's name is centred over the date; a name wider than that space keeps two characters from the margin.
    private static double CentredOver(string agency, string date) =>
        Math.Max(2, DateRightIndent + ((Width(date) - Width(agency)) / 2));

    // In body characters: a Chinese character is one, a digit or Latin letter half.
    private static double Width(string text) => text.Sum(c => c < 0x2E80 ? 0.5 : 1);
}
