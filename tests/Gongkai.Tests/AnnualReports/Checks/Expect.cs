using Gongkai.AnnualReports;

namespace Gongkai.Tests.AnnualReports.Checks;

/// <summary>Assertions shared by the rule tests: one rule broken gives exactly its finding and no other error.</summary>
internal static class Expect
{
    public static Finding Only(IReadOnlyList<Finding> findings, string rule)
    {
        var finding = Assert.Single(findings, f => f.Rule == rule);
        NoOtherError(findings, rule);
        return finding;
    }

    public static void NoOtherError(IReadOnlyList<Finding> findings, string rule) =>
        Assert.DoesNotContain(findings, f => f.Rule != rule && f.Severity == Severity.Error);

    public static void At(Finding finding, string table, string? row, string? column)
    {
        Assert.Equal(table, finding.Table);
        Assert.Equal(row, finding.Row);
        Assert.Equal(column, finding.Column);
    }
}
