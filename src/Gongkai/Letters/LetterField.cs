namespace Gongkai.Letters;

/// <summary>
/// One thing staff write for a letter, as the letter templates define it: its name (a <see cref="LetterDetails"/>
/// field, posted under that name), the label the form shows, how it is entered, and when it is required: with the
/// refusal message when it is missing, unless the field named by <paramref name="Unless"/> is given instead, and
/// the refusal's code (letter.{name}-required unless the template names one shared by several fields).
/// </summary>
public sealed record LetterField(string Name, string Label, LetterFieldKind Kind, string? Required, string? Unless, string? Code = null)
{
    public string RefusalCode => Code ?? $"letter.{Name.Replace('_', '-')}-required";
}
