using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gongkai.AnnualReports.Batch;

/// <summary>
/// One audited report as the batch commands and the API write it: the file, the report's identity, how its cells were
/// read, the rules broken by severity with their counts, and every finding; or the file and why it could not be read.
/// </summary>
public static class AuditRowJson
{
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter json, AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(row);
        json.WriteStartObject();
        json.WriteString("file", row.File);
        if (row.Report is not { } report)
        {
            json.WriteString("error", row.Problem);
            json.WriteEndObject();
            return;
        }

        json.WriteString("agency", report.Agency);
        json.WriteNumber("year", report.Year);
        json.WriteString("format", report.Format.Id);
        json.WriteString("previous_year_file", row.PreviousFile);
        var (read, inferred, unknown) = row.Cells;
        json.WriteStartObject("cells");
        json.WriteNumber("read", read);
        json.WriteNumber("inferred", inferred);
        json.WriteNumber("unknown", unknown);
        json.WriteEndObject();
        WriteRules(json, "errors", row.Rules(Severity.Error));
        WriteRules(json, "warnings", row.Rules(Severity.Warning));
        WriteRules(json, "notes", row.Rules(Severity.Note));
        json.WriteStartArray("findings");
        report.Findings.ForEach(f => ReportJson.WriteFinding(json, f));
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One row as a JSON object on its own, so rows can be streamed into an array one at a time.</summary>
    public static string Write(AuditRow row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, row);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRules(Utf8JsonWriter json, string name, IReadOnlyList<(string Rule, int Count)> rules)
    {
        json.WriteStartObject(name);
        foreach (var (rule, count) in rules)
        {
            json.WriteNumber(rule, count);
        }

        json.WriteEndObject();
    }
}
