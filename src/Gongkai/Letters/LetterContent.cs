namespace Gongkai.Letters;

/// <summary>What one kind of letter contributes: title, addressee, the legal basis cited, body, remedy and closing line.</summary>
internal sealed record LetterContent(string Title, string Addressee, string LegalBasis, IReadOnlyList<string> Body, RemedyRoute Remedy, string Closing);
