using Gongkai.AnnualReports.Formats;
using Gongkai.Letters;

namespace Gongkai.Web.Applications;

/// <summary>
/// The reply outcomes staff may choose, each named first by the legal outcome in its provision's words (from the
/// letter templates) and then by the section-三 row it is counted in, in the report format of the given year: two
/// outcomes may share a row (36(一) and 36(二) are both 予以公开) but never a name.
/// </summary>
public static class OutcomeChoices
{
    public static IReadOnlyList<OutcomeChoice> ForYear(int year)
    {
        var format = ReportFormats.ForYear(year);
        return [.. LetterTemplates.ReplyOutcomes.Select(o => new OutcomeChoice(o.Outcome, o.Title, "年报计入：" + ReportRow(o.Outcome, format)))];
    }

    /// <summary>
    /// An outcome by name, as the desk lists concluded cases: a reply by its provision's words, an ending without reply
    /// (abandoned, withdrawn) by the report row it counts in.
    /// </summary>
    public static string Label(string outcome, int year) =>
        LetterTemplates.ReplyOutcomes.FirstOrDefault(o => o.Outcome == outcome)?.Title ?? ReportRow(outcome, ReportFormats.ForYear(year));

    /// <summary>Every outcome a concluded case may have, for the desk's filter (not 结转下年度, which is no outcome).</summary>
    public static IReadOnlyList<(string Outcome, string Label)> All(int year) =>
        [.. ReportFormats.Outcomes.Where(o => o != Gongkai.Applications.Outcomes.PendingAtYearEnd).Distinct().Select(o => (o, Label(o, year)))];

    /// <summary>The label of the row the outcome counts in, with its group (（三）不予公开 — 4.保护第三方合法权益); the code if none.</summary>
    public static string ReportRow(string outcome, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (ReportFormats.OutcomeRow(outcome, format.Id) is not { } rowId)
            return outcome;
        var table = format.Tables.FirstOrDefault(t => t.FindRow(rowId) is not null);
        if (table?.FindRow(rowId) is not { } row)
            return outcome;
        var parent = row.Parent is null ? null : table.FindRow(row.Parent)?.Label;
        return parent is null ? row.Label : $"{parent} — {row.Label}";
    }
}
