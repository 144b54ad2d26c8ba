namespace Gongkai.Letters;

/// <summary>A procedural notice's template: title, the provision cited, closing line, remedy, fields and paragraphs.</summary>
internal sealed record NoticeTemplate(
    string Title, string Basis, string Closing, RemedyRoute Remedy, IReadOnlyList<LetterField> Fields, IReadOnlyList<IReadOnlyList<Segment>> Paragraphs);
