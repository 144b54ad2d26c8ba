namespace Gongkai.AnnualReports.Import;

/// <summary>
/// A report as read, before inference, with the cells that must stay unknown: their row showed values but which cell
/// each belongs to could not be settled.
/// </summary>
internal sealed record ParsedReport(AnnualReport Report, HashSet<(string Table, string Row, string Column)> Frozen);
