using Gongkai.AnnualReports.Formats;
using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// Section 二 (主动公开政府信息情况): S2-INT, S2-2019-ITEMS, S2-2019-PUB, S2-2021-STOCK; the amounts are in
/// <see cref="AmountRules"/>. Local extra rows (such as 行政检查) are held to the same integer rule as official rows.
/// </summary>
internal static class ProactiveRules
{
    public static IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        foreach (var table in report.Tables.Values.Where(t => t.Definition.Section == "s2"))
        {
            foreach (var finding in Integers(table).Concat(BlankCells.Check(table, "S3-BLANK")).Concat(AmountRules.Check(report, table)))
            {
                yield return finding;
            }

            var definition = table.Definition;
            foreach (var row in definition.DataRows)
            {
                if (Items(table, row.Id) is { } items)
                {
                    yield return items;
                }

                if (Published(table, row.Id) is { } published)
                {
                    yield return published;
                }

                if (Stock(table, row.Id, previous) is { } stock)
                {
                    yield return stock;
                }
            }
        }
    }

    private static IEnumerable<Finding> Integers(ReportTable table)
    {
        var definition = table.Definition;
        foreach (var column in definition.Columns.Where(c => c.Type != CellType.Amount))
        {
            foreach (var row in definition.DataRows)
            {
                var cell = table[row.Id, column.Id];
                if (ReportCells.HasNumber(cell) && !IsValid(cell.Value!.Value, column.Type))
                {
                    yield return At("S2-INT", Severity.Error, definition, row.Id, column.Id, Message(Where(definition, row.Id, column.Id), cell.Value.Value, column.Type), actual: cell.Value);
                }
            }

            foreach (var extra in table.ExtraRows)
            {
                if (extra.Cells.GetValueOrDefault(column.Id) is { State: CellState.Value, Value: { } value } && !IsValid(value, column.Type))
                {
                    var where = $"「{definition.Caption}」表「{extra.Label}」行「{column.Label}」列";
                    var finding = At("S2-INT", Severity.Error, definition, null, column.Id, Message(where, value, column.Type), actual: value);
                    yield return finding with { RowLabel = extra.Label };
                }
            }
        }
    }

    // 本年增/减 is signed: the Hubei filling instructions write a decrease as a negative number, such as -8.
    private static bool IsValid(decimal value, CellType type) =>
        type == CellType.SignedCount ? value == decimal.Truncate(value) : ReportCells.IsWholeNonNegative(value);

    private static string Message(string where, decimal value, CellType type) => type == CellType.SignedCount
        ? $"{where}是 {Number(value)}，应为整数（减少写负数）"
        : $"{where}是 {Number(value)}，应为不小于 0 的整数";

    private static Finding? Items(ReportTable table, string row)
    {
        if (table.Definition.FindColumn("prev_year_items") is null
            || table.Value(row, "prev_year_items") is not { } previous || table.Value(row, "change") is not { } change
            || previous + change >= 0)
        {
            return null;
        }

        return At("S2-2019-ITEMS", Severity.Note, table.Definition, row, "change",
            $"{Where(table.Definition, row, "change")}为 {Number(change)}，上一年项目数量只有 {Number(previous)}，本年项目数量（{Number(previous + change)}）不可能小于 0",
            expected: -previous, actual: change);
    }

    private static Finding? Published(ReportTable table, string row)
    {
        if (table.Definition.FindColumn("new_published") is null
            || table.Value(row, "new_published") is not { } published || table.Value(row, "total_published") is not { } total
            || published <= total)
        {
            return null;
        }

        return At("S2-2019-PUB", Severity.Warning, table.Definition, row, "new_published",
            $"{Where(table.Definition, row, "new_published")}（{Number(published)}）大于「对外公开总数量」（{Number(total)}）；本年新公开的应包含在总数量之中",
            expected: total, actual: published);
    }

    // Documents that lapse without a formal repeal, and amendments, make this inexact; hence only a warning.
    private static Finding? Stock(ReportTable table, string row, AnnualReport? previous)
    {
        if (table.Definition.FindColumn("in_force") is null
            || previous?.Tables.GetValueOrDefault(table.Id) is not { } last || last.Definition.FindColumn("in_force") is null
            || last.Definition.FindRow(row) is null
            || last.Value(row, "in_force") is not { } before || table.Value(row, "made") is not { } made
            || table.Value(row, "repealed") is not { } repealed || table.Value(row, "in_force") is not { } now
            || before + made - repealed == now)
        {
            return null;
        }

        var expected = before + made - repealed;
        return At("S2-2021-STOCK", Severity.Warning, table.Definition, row, "in_force",
            $"{Where(table.Definition, row, "in_force")}为 {Number(now)}；按上年现行有效 {Number(before)} 件加本年制发 {Number(made)} 件减本年废止 {Number(repealed)} 件应为 {Number(expected)}，如有失效或修订请在第六部分说明",
            expected, now);
    }
}
