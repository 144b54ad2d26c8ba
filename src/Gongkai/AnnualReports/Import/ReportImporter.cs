namespace Gongkai.AnnualReports.Import;

/// <summary>Reads a published report (text, HTML, DOCX, PDF or the JSON form) into the report model.</summary>
public static class ReportImporter
{
    /// <summary>Imports a file's content; the name's extension and the content decide how it is read.</summary>
    /// <exception cref="ReportImportException">The input is not a report that can be read.</exception>
    public static AnnualReport Import(string fileName, byte[] content) =>
        throw new NotImplementedException("placeholder until the importer lands");
}
