namespace Gongkai.AnnualReports.Formats;

/// <summary>One of the six numbered sections of a report; <see cref="Aliases"/> are headings seen in real reports.</summary>
public sealed record SectionDefinition(string Id, string No, string Heading, IReadOnlyList<string> Aliases);
