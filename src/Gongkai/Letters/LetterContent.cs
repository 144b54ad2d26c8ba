namespace Gongkai.Letters;

/// <summary>What one kind of letter contributes: its title, addressee, the legal basis cited, and the body paragraphs.</summary>
internal sealed record LetterContent(string Title, string Addressee, string LegalBasis, IReadOnlyList<string> Body);
