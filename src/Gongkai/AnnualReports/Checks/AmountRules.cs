using Gongkai.AnnualReports.Formats;
using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// Amounts in section 二: S2-MONEY (≥ 0, and in 万元 where the format prints the unit, as the 2021 收费金额 does) and
/// S2-2019-PROC (the trial format's 采购总金额 has no unit, so a figure without one cannot be read or summed).
/// The team's 4-decimal convention is not in the national text, so it is not checked.
/// </summary>
internal static class AmountRules
{
    public const decimal YuanPerWanYuan = 10_000m;

    public static IEnumerable<Finding> Check(AnnualReport report, ReportTable table)
    {
        var definition = table.Definition;
        foreach (var column in definition.Columns.Where(c => c.Type == CellType.Amount))
        {
            foreach (var row in definition.DataRows)
            {
                var cell = table[row.Id, column.Id];
                if (!ReportCells.HasNumber(cell))
                {
                    continue;
                }

                var value = cell.Value!.Value;
                var where = Where(definition, row.Id, column.Id);
                if (value < 0)
                {
                    yield return At("S2-MONEY", Severity.Error, definition, row.Id, column.Id,
                        $"{where}是 {Number(value)}，金额不能小于 0", actual: value);
                }
                else if (column.Unit is { } unit && cell.Unit is { } written && written != unit)
                {
                    yield return WrongUnit(definition, row.Id, column.Id, where, value, written, unit);
                }
                else if (column.Unit is null && cell.Unit is null && value != 0 && report.Format.Id == ReportFormats.Trial2019)
                {
                    yield return At("S2-2019-PROC", Severity.Note, definition, row.Id, column.Id,
                        $"{where}为 {Number(value)}，未注明单位（元或万元）；请写明单位，以免汇总时出错", actual: value);
                }
            }
        }
    }

    private static Finding WrongUnit(
        TableDefinition definition, string row, string column, string where, decimal value, string written, string unit)
    {
        if (written == "元" && unit == "万元")
        {
            var converted = value / YuanPerWanYuan;
            return At("S2-MONEY", Severity.Error, definition, row, column,
                $"{where}按「元」填写为 {Number(value)}；本栏单位是万元，应除以 10000 填写 {Number(converted)}", converted, value);
        }

        return At("S2-MONEY", Severity.Error, definition, row, column,
            $"{where}的单位写作「{written}」，本栏单位应为「{unit}」", actual: value);
    }
}
