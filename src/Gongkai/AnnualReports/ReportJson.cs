using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports;

/// <summary>
/// The canonical JSON form of a report, the contract other tools and tests use: every data cell of every table by
/// row and column id (null where the input does not show it), plus blank cells, units, extra rows, inferred cells,
/// findings and, for a merged report, its parts.
/// </summary>
public static class ReportJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(AnnualReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteReport(json, report);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static AnnualReport Read(string text, int maxDepth = 64)
    {
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = maxDepth });
        return ReadReport(document.RootElement);
    }

    private static void WriteReport(Utf8JsonWriter json, AnnualReport report)
    {
        json.WriteStartObject();
        json.WriteString("format", report.Format.Id);
        json.WriteNumber("year", report.Year);
        json.WriteString("agency", report.Agency);
        if (report.Title is not null)
        {
            json.WriteString("title", report.Title);
        }

        json.WriteStartArray("sections");
        report.SectionsFound.ForEach(json.WriteStringValue);
        json.WriteEndArray();

        json.WriteStartObject("section_headings");
        foreach (var (section, heading) in report.SectionHeadings)
        {
            json.WriteString(section, heading);
        }

        json.WriteEndObject();

        json.WriteStartObject("narratives");
        foreach (var (section, text) in report.Narratives)
        {
            json.WriteString(section, text);
        }

        json.WriteEndObject();

        json.WriteStartObject("tables");
        foreach (var table in report.Tables.Values)
        {
            json.WriteStartObject(table.Id);
            foreach (var row in table.Definition.DataRows)
            {
                json.WriteStartObject(row.Id);
                foreach (var column in table.Definition.Columns)
                {
                    WriteNumber(json, column.Id, table[row.Id, column.Id].Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();

        WriteCellList(json, "blank", report, c => c.State == CellState.Blank, null);
        WriteCellList(json, "units", report, c => c.Unit is not null, (w, c) => w.WriteString("unit", c.Unit));

        json.WriteStartArray("extra_rows");
        foreach (var table in report.Tables.Values)
        {
            foreach (var extra in table.ExtraRows)
            {
                json.WriteStartObject();
                json.WriteString("table", table.Id);
                json.WriteString("parent", extra.ParentRowId);
                json.WriteString("label", extra.Label);
                json.WriteStartObject("cells");
                foreach (var (column, cell) in extra.Cells)
                {
                    WriteNumber(json, column, cell.Value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();

        json.WriteStartArray("inferred");
        foreach (var inferred in report.Inferred)
        {
            json.WriteStartObject();
            json.WriteString("table", inferred.Table);
            json.WriteString("row", inferred.Row);
            json.WriteString("column", inferred.Column);
            json.WriteNumber("value", inferred.Value);
            json.WriteString("rule", inferred.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();

        if (report.Parts.Count > 0)
        {
            json.WriteStartArray("parts");
            foreach (var part in report.Parts)
            {
                WriteReport(json, part);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>Writes one finding as the JSON contract shapes it; also used by the audit command.</summary>
    public static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.Rule);
        json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        json.WriteString("table", finding.Table);
        json.WriteString("row", finding.Row);
        json.WriteString("column", finding.Column);
        json.WriteString("table_label", finding.TableLabel);
        json.WriteString("row_label", finding.RowLabel);
        json.WriteString("column_label", finding.ColumnLabel);
        WriteNumber(json, "expected", finding.Expected);
        WriteNumber(json, "actual", finding.Actual);
        json.WriteString("message", finding.Message);
        if (finding.FromInput)
        {
            json.WriteBoolean("from_input", true);
        }

        json.WriteEndObject();
    }

    private static void WriteCellList(
        Utf8JsonWriter json, string name, AnnualReport report, Func<Cell, bool> include, Action<Utf8JsonWriter, Cell>? extra)
    {
        json.WriteStartArray(name);
        foreach (var table in report.Tables.Values)
        {
            foreach (var row in table.Definition.DataRows)
            {
                foreach (var column in table.Definition.Columns)
                {
                    var cell = table[row.Id, column.Id];
                    if (!include(cell))
                    {
                        continue;
                    }

                    json.WriteStartObject();
                    json.WriteString("table", table.Id);
                    json.WriteString("row", row.Id);
                    json.WriteString("column", column.Id);
                    extra?.Invoke(json, cell);
                    json.WriteEndObject();
                }
            }
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static AnnualReport ReadReport(JsonElement root)
    {
        var format = ReportFormats.Get(root.GetProperty("format").GetString() ?? "");
        var year = root.GetProperty("year").GetInt32();
        var report = new AnnualReport(format, year, OptionalString(root, "agency"))
        {
            Title = OptionalString(root, "title"),
        };

        if (root.TryGetProperty("sections", out var sections))
        {
            report.SectionsFound.AddRange(sections.EnumerateArray().Select(s => s.GetString() ?? ""));
        }

        if (root.TryGetProperty("section_headings", out var headings))
        {
            foreach (var property in headings.EnumerateObject())
            {
                report.SectionHeadings[property.Name] = property.Value.GetString() ?? "";
            }
        }

        if (root.TryGetProperty("narratives", out var narratives))
        {
            foreach (var property in narratives.EnumerateObject())
            {
                report.Narratives[property.Name] = property.Value.GetString() ?? "";
            }
        }

        if (root.TryGetProperty("tables", out var tables))
        {
            ReadTables(report, tables);
        }

        ForEachCellRef(root, "blank", report, (table, row, column, _) => table[row, column] = Cell.Blank);
        ForEachCellRef(root, "units", report, (table, row, column, element) =>
            table[row, column] = table[row, column] with { Unit = OptionalString(element, "unit") });

        ReadExtraRows(report, root);
        ReadInferred(report, root);
        ReadFindings(report, root);

        if (root.TryGetProperty("parts", out var parts))
        {
            report.Parts.AddRange(parts.EnumerateArray().Select(ReadReport));
        }

        return report;
    }

    private static void ReadTables(AnnualReport report, JsonElement tables)
    {
        foreach (var tableProperty in tables.EnumerateObject())
        {
            if (!report.Tables.TryGetValue(tableProperty.Name, out var table))
            {
                throw new FormatException($"Format {report.Format.Id} has no table '{tableProperty.Name}'.");
            }

            foreach (var rowProperty in tableProperty.Value.EnumerateObject())
            {
                if (table.Definition.FindRow(rowProperty.Name) is not { IsGroupLabel: false })
                {
                    throw new FormatException($"Table {table.Id} has no data row '{rowProperty.Name}'.");
                }

                foreach (var cellProperty in rowProperty.Value.EnumerateObject())
                {
                    if (table.Definition.FindColumn(cellProperty.Name) is null)
                    {
                        throw new FormatException($"Table {table.Id} has no column '{cellProperty.Name}'.");
                    }

                    if (cellProperty.Value.ValueKind == JsonValueKind.Number)
                    {
                        table[rowProperty.Name, cellProperty.Name] = Cell.Of(cellProperty.Value.GetDecimal());
                    }
                }
            }
        }
    }

    private static void ReadExtraRows(AnnualReport report, JsonElement root)
    {
        if (!root.TryGetProperty("extra_rows", out var extras))
        {
            return;
        }

        foreach (var element in extras.EnumerateArray())
        {
            var table = report.Table(element.GetProperty("table").GetString() ?? "");
            var extra = new ExtraRow(element.GetProperty("label").GetString() ?? "", OptionalString(element, "parent"));
            foreach (var cell in element.GetProperty("cells").EnumerateObject())
            {
                extra.Cells[cell.Name] = cell.Value.ValueKind == JsonValueKind.Number ? Cell.Of(cell.Value.GetDecimal()) : Cell.Blank;
            }

            table.ExtraRows.Add(extra);
        }
    }

    private static void ReadInferred(AnnualReport report, JsonElement root)
    {
        if (!root.TryGetProperty("inferred", out var inferred))
        {
            return;
        }

        foreach (var element in inferred.EnumerateArray())
        {
            report.Infer(
                element.GetProperty("table").GetString() ?? "",
                element.GetProperty("row").GetString() ?? "",
                element.GetProperty("column").GetString() ?? "",
                element.GetProperty("value").GetDecimal(),
                element.GetProperty("rule").GetString() ?? "");
        }
    }

    private static void ReadFindings(AnnualReport report, JsonElement root)
    {
        if (!root.TryGetProperty("findings", out var findings))
        {
            return;
        }

        foreach (var element in findings.EnumerateArray())
        {
            var severity = Enum.Parse<Severity>(element.GetProperty("severity").GetString() ?? "", ignoreCase: true);
            report.Findings.Add(new Finding(element.GetProperty("rule").GetString() ?? "", severity, OptionalString(element, "message") ?? "")
            {
                Table = OptionalString(element, "table"),
                Row = OptionalString(element, "row"),
                Column = OptionalString(element, "column"),
                TableLabel = OptionalString(element, "table_label"),
                RowLabel = OptionalString(element, "row_label"),
                ColumnLabel = OptionalString(element, "column_label"),
                Expected = OptionalDecimal(element, "expected"),
                Actual = OptionalDecimal(element, "actual"),
                FromInput = element.TryGetProperty("from_input", out var fromInput) && fromInput.ValueKind == JsonValueKind.True,
            });
        }
    }

    private static void ForEachCellRef(
        JsonElement root, string name, AnnualReport report, Action<ReportTable, string, string, JsonElement> apply)
    {
        if (!root.TryGetProperty(name, out var list))
        {
            return;
        }

        foreach (var element in list.EnumerateArray())
        {
            var table = report.Table(element.GetProperty("table").GetString() ?? "");
            apply(table, element.GetProperty("row").GetString() ?? "", element.GetProperty("column").GetString() ?? "", element);
        }
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? OptionalDecimal(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
}
