using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;

namespace Gongkai.Web.Applications;

/// <summary>
/// The reply outcomes staff may choose, labelled with the section-三 row each one is counted in, in the report format
/// of the given year, so the form speaks the report's words. Outcomes the workflow sets itself are left out.
/// </summary>
public static class OutcomeChoices
{
    public static IReadOnlyList<(string Outcome, string Label)> ForYear(int year)
    {
        var format = ReportFormats.ForYear(year);
        return [.. ReportFormats.Outcomes
            .Where(o => o is not (Outcomes.PendingAtYearEnd or Outcomes.AbandonedNoCorrection or Outcomes.FeeUnpaid))
            .Select(o => (o, Label(o, format)))];
    }

    /// <summary>The label of the row the outcome counts in, with its group (三、不予公开 — 4.涉及商业秘密…); the code if none.</summary>
    public static string Label(string outcome, ReportFormat format)
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
