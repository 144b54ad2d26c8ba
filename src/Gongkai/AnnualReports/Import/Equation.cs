namespace Gongkai.AnnualReports.Import;

/// <summary>An arithmetic rule of the format as cell indexes: the cells of <see cref="Left"/> sum to those of <see cref="Right"/>.</summary>
internal sealed record Equation(string Rule, int[] Left, int[] Right);
