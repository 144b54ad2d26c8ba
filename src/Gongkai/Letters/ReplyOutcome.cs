using System.Text.RegularExpressions;

namespace Gongkai.Letters;

/// <summary>
/// A reply outcome as the letter templates state it: the provision it rests on (<paramref name="Basis"/>, e.g.
/// 第三十六条第（一）项), the legal outcome in the provision's own words, the remedy the letter ends with, and the
/// fields staff fill in. Withheld grounds (Arts. 14–16) also carry their <paramref name="Ground"/>.
/// </summary>
public sealed partial record ReplyOutcome(string Outcome, string Basis, string Label, RemedyRoute Remedy, IReadOnlyList<LetterField> Fields, WithheldGround? Ground)
{
    /// <summary>
    /// The outcome as pages list it: the legal outcome first, then the provision (for a partial disclosure without the
    /// ground of its withheld part, which staff choose).
    /// </summary>
    public string Title => $"{Label}（条例{Placeholder().Replace(Basis, "")}）";

    [GeneratedRegex("、?\\{[a-z_]+\\}")]
    private static partial Regex Placeholder();
}
