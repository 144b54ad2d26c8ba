using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// Whole-report rules. R-SECTIONS: a missing or out-of-order section is an error (30号: 不能遗漏); a heading that is a
/// known alias in the format file is a note, because the content is there and real reports use it widely; any other
/// wording is a warning. R-GOV-EXTRA, R-PERIOD and R-NO-COPY read the narrative (<see cref="PeriodRule"/>,
/// <see cref="TextSimilarity"/>).
/// </summary>
internal static class WholeReportRules
{
    private const string Rule = "R-SECTIONS";

    public static IEnumerable<Finding> Sections(AnnualReport report)
    {
        var sections = report.Format.Sections;
        foreach (var missing in sections.Where(s => !report.SectionsFound.Contains(s.Id)))
        {
            yield return Section(Rule, Severity.Error, missing, $"报告缺少「{missing.Heading}」部分");
        }

        var last = -1;
        foreach (var id in report.SectionsFound)
        {
            var index = sections.ToList().FindIndex(s => s.Id == id);
            if (index < 0)
            {
                continue;
            }

            if (index == last)
            {
                yield return Section(Rule, Severity.Error, sections[index], $"「{sections[index].Heading}」出现了两次；六个部分应各出现一次");
            }
            else if (index < last)
            {
                yield return Section(Rule, Severity.Error, sections[index],
                    $"「{sections[index].Heading}」出现在「{sections[last].Heading}」之后；六个部分应按一至六的顺序排列");
            }

            last = Math.Max(last, index);
        }

        foreach (var (id, heading) in report.SectionHeadings)
        {
            if (sections.FirstOrDefault(s => s.Id == id) is not { } section || RowLabels.Same(heading, section.Heading))
            {
                continue;
            }

            var alias = section.Aliases.Any(a => RowLabels.Same(a, heading));
            yield return Section(Rule, alias ? Severity.Note : Severity.Warning, section,
                $"标题「{heading.Trim()}」应写作「{section.Heading}」");
        }
    }

    public static IEnumerable<Finding> Narrative(AnnualReport report, AnnualReport? previous)
    {
        if (GovernmentExtra(report) is { } extra)
        {
            yield return extra;
        }

        foreach (var finding in PeriodRule.Check(report).Concat(TextSimilarity.Check(report, previous)))
        {
            yield return finding;
        }
    }

    // Art. 50(四) asks a people's government, not its departments (人民政府办公室 does not end with 人民政府), to report
    // the results of 工作考核、社会评议和责任追究.
    private static Finding? GovernmentExtra(AnnualReport report)
    {
        if (report.Agency?.Trim().EndsWith("人民政府", StringComparison.Ordinal) != true
            || !report.SectionsFound.Contains("s1"))
        {
            return null;
        }

        var text = report.Narratives.GetValueOrDefault("s1") ?? "";
        string[] missing =
        [
            .. text.Contains("考核") ? [] : new[] { "工作考核" },
            .. text.Contains("评议") ? [] : new[] { "社会评议" },
            .. text.Contains("责任追究") || text.Contains("追责") || text.Contains("问责") ? [] : new[] { "责任追究" },
        ];
        return missing.Length == 0
            ? null
            : Section("R-GOV-EXTRA", Severity.Error, report.Format.Section("s1"),
                $"人民政府的年度报告应在「{report.Format.Section("s1").Heading}」中报告{string.Join("、", missing)}的结果（条例第五十条第（四）项）");
    }
}
