namespace Gongkai.Documents;

/// <summary>
/// A neutral document built once from the data; each output format has one small renderer over it (as Markdig does).
/// </summary>
public sealed record DocumentModel(string Title, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>A line under the title, such as the issuing agency.</summary>
    public string? Subtitle { get; init; }
}
