namespace Gongkai.AnnualReports.Import;

/// <summary>
/// One numbered piece of a row label: level 0 is 一、, level 1 is （一）, level 2 is 1., level -1 has no number.
/// <see cref="Core"/> is the words without notes or punctuation.
/// </summary>
internal readonly record struct LabelPart(int Level, int Number, string Core);
