using Ganss.Xss;

namespace Gongkai.Publishing;

/// <summary>
/// The rich-text body of a document, sanitised before it is stored: HtmlSanitizer's allow-list (no script, no event
/// handlers, no javascript: links), so what a drafter pastes from a word processor cannot run on the public column.
/// </summary>
public static class BodyHtml
{
    public const int MaxLength = 200_000;

    // Thread-safe once configured; configured here only.
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string Sanitize(string? html)
    {
        var clean = string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html).Trim();
        if (clean.Length > MaxLength)
            throw new WorkflowRuleException("document.body-too-long", $"正文不能超过 {MaxLength} 个字符");
        return clean;
    }
}
