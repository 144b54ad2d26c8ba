namespace Gongkai.Letters;

/// <summary>How a letter field is entered: a line, a paragraph, a choice of withholding ground, or a tick.</summary>
public enum LetterFieldKind
{
    Line,
    Text,
    Ground,
    Flag,
}
