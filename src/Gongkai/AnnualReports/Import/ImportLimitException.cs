namespace Gongkai.AnnualReports.Import;

/// <summary>The input passed one of the <see cref="ImportLimits"/>; the message names the limit.</summary>
public sealed class ImportLimitException(string message) : ReportImportException(message);
