using System.CommandLine;
using Gongkai.Agencies;
using Gongkai.Data;

namespace Gongkai.Web.Cli;

/// <summary>`gongkai agency add`: adds an agency of the district; `gongkai agency fee-pause`: sets its fee-waiting setting.</summary>
public static class AgencyCommands
{
    public static Command Create() => new("agency", "管理辖区内的机关") { Add(), FeePause() };

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = "机关名称，例如 朝阳区教育委员会", Required = true };
        var code = new Option<string>("--code") { Description = "机关代码（索引号前缀），2 到 16 位大写字母或数字", Required = true };
        var kind = new Option<string>("--kind") { Description = "人民政府、政府部门、街道办事处、乡镇人民政府 或 其他（也可写 Government、Department、StreetOffice、TownGovernment、Other）", Required = true };
        var parent = new Option<string?>("--parent") { Description = "上级机关的代码" };
        var data = CliServices.DataOption();
        var command = new Command("add", "新增机关") { name, code, kind, parent, data };
        command.SetAction((parse, cancellation) => CliServices.RunAsync(parse, data, async (services, output, ct) =>
        {
            var kindText = parse.GetValue(kind) ?? "";
            if (!AgencyKinds.TryParse(kindText, out var agencyKind))
                throw new InvalidValueException($"机关类型“{kindText}”无效，应为 人民政府、政府部门、街道办事处、乡镇人民政府 或 其他");
            var db = services.GetRequiredService<GongkaiDbContext>();
            var agency = await db.AddAgencyAsync(parse.GetValue(name) ?? "", parse.GetValue(code) ?? "", agencyKind, parse.GetValue(parent), actor: null, ct);
            output.WriteLine($"已新增机关 {agency.Code} {agency.Name}（{AgencyKinds.ChineseName(agency.Kind)}）");
            return 0;
        }, cancellation));
        return command;
    }

    private static Command FeePause()
    {
        var code = new Option<string>("--code") { Description = "机关代码", Required = true };
        var pauses = new Option<bool>("--pauses") { Description = "等待缴纳信息处理费期间是否暂停计算答复期限：true（默认设置）或 false", Required = true };
        var data = CliServices.DataOption();
        var command = new Command("fee-pause", "设置等待缴费期间是否暂停答复期限（只影响此后发出的收费通知）") { code, pauses, data };
        command.SetAction((parse, cancellation) => CliServices.RunAsync(parse, data, async (services, output, ct) =>
        {
            var db = services.GetRequiredService<GongkaiDbContext>();
            var agency = await db.SetFeeWaitPausesClockAsync(parse.GetValue(code) ?? "", parse.GetValue(pauses), actor: null, ct);
            output.WriteLine($"{agency.Code} {agency.Name}：等待缴费期间{(agency.FeeWaitPausesClock ? "暂停" : "不暂停")}计算答复期限");
            return 0;
        }, cancellation));
        return command;
    }
}
