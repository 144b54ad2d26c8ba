using System.Globalization;
using Gongkai.Applications;
using Gongkai.Documents;

namespace Gongkai.Web.Applications;

/// <summary>
/// 政府信息公开申请办理台账: the desk's cases as the ledger officers keep, one row each with the request in full, in the
/// neutral document model, so the XLSX renderer writes it as it writes the reports (a sheet 台账, numbers as numbers).
/// </summary>
public static class CaseLedger
{
    public const string Title = "政府信息公开申请办理台账";

    private static readonly (string Header, double Weight)[] Columns =
    [
        ("序号", 0.5), ("受理编号", 1.6), ("收到方式", 1.3), ("到达日期", 1), ("收到申请之日", 1), ("申请人", 1.6),
        ("申请人类型", 1.6), ("申请内容", 3.2), ("承办人", 1), ("办理状态", 1.2), ("答复期限", 1.2), ("剩余工作日", 0.8),
        ("办结日期", 1), ("办理结果", 2.8),
    ];

    public static DocumentModel Build(string agency, string filters, IReadOnlyList<CaseDeskRow> rows, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<TableRowModel> lines = [new([.. Columns.Select(c => new TableCellModel(c.Header) { Align = CellAlign.Center })], IsHeader: true)];
        lines.AddRange(rows.Select((r, i) => new TableRowModel(
        [
            new TableCellModel(Number(i + 1)) { Number = i + 1, Align = CellAlign.Right },
            Text(r.TrackingNumber), Text(r.Channel.Label()), Text(Date(r.ArrivedOn)!), Text(Date(r.ReceivedOn) ?? "待确认"),
            Text(r.ApplicantName), Text(r.ApplicantType.Label()), Text(r.Request), Text(r.Handler ?? "尚未分派"),
            Text(r.Paused is null ? r.Status.Label() : $"{r.Status.Label()}（计时暂停）"),
            Text(r.IsOpen ? r.DueDates.ReplyText : Date(r.DueDates.Reply) ?? ""),
            r.WorkdaysLeft is { } left ? new TableCellModel(Number(left)) { Number = left, Align = CellAlign.Right } : Text(""),
            Text(Date(r.ConcludedOn) ?? ""), Text(r.Outcome is { } o ? OutcomeChoices.Label(o, r.ConcludedOn!.Value.Year) : ""),
        ])));
        var subtitle = string.Create(CultureInfo.InvariantCulture,
            $"{agency}　{today:yyyy-MM-dd} 导出　{filters}　共 {rows.Count} 件");
        return new DocumentModel(Title,
            [new HeadingBlock(1, "台账"), new TableBlock("ledger", Columns.Length, lines) { ColumnWeights = [.. Columns.Select(c => c.Weight)] }])
        {
            Subtitle = subtitle,
        };
    }

    private static TableCellModel Text(string text) => new(text);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
