namespace Gongkai.AnnualReports.Import;

/// <summary>The input cannot be read as a report at all; the message is one plain Chinese sentence.</summary>
public class ReportImportException(string message, Exception? inner = null) : Exception(message, inner);
