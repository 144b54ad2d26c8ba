namespace Gongkai.Letters;

/// <summary>
/// A piece of a template paragraph: printed always, or only when the value named by <paramref name="If"/> is given, or
/// only when the one named by <paramref name="Unless"/> is missing.
/// </summary>
internal sealed record Segment(string Text, string? If = null, string? Unless = null);
