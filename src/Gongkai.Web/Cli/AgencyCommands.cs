using System.CommandLine;
using Gongkai.Agencies;
using Gongkai.Data;

namespace Gongkai.Web.Cli;

/// <summary>`gongkai agency add`: adds an agency of the district; `gongkai agency set`: changes its settings (本机关设置).</summary>
public static class AgencyCommands
{
    public static Command Create() => new("agency", "管理辖区内的机关") { Add(), Set() };

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = "机关全称（文书以此署名），例如 北京市朝阳区教育委员会", Required = true };
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

    private static Command Set()
    {
        var code = new Option<string>("--code") { Description = "机关代码", Required = true };
        var body = new Option<string?>("--reconsideration-body") { Description = "答复等文书告知的行政复议机关全称，例如 北京市人民政府；写空字符串 \"\" 则按机关层级确定" };
        var court = new Option<string?>("--litigation-court") { Description = "文书告知的行政诉讼管辖法院全称，例如 北京市第四中级人民法院；写空字符串 \"\" 则按机关层级确定" };
        var feePause = new Option<string?>("--fee-pause") { Description = "等待缴纳信息处理费期间是否暂停计算答复期限：true 或 false（只影响此后发出的收费通知）" };
        var data = CliServices.DataOption();
        var command = new Command("set", "修改机关设置：行政复议机关、行政诉讼管辖法院、等待缴费期间是否暂停答复期限") { code, body, court, feePause, data };
        command.SetAction((parse, cancellation) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var pauseText = parse.GetValue(feePause)?.Trim().ToLowerInvariant();
            if (pauseText is not (null or "true" or "false"))
                return Task.FromResult(CliServices.Refuse(error, $"--fee-pause 的值“{parse.GetValue(feePause)}”无效，应为 true 或 false"));
            var change = new AgencySettingsChange(parse.GetValue(body), parse.GetValue(court), pauseText is null ? null : pauseText == "true");
            if (change is { ReconsiderationBody: null, LitigationCourt: null, FeeWaitPausesClock: null })
                return Task.FromResult(CliServices.Refuse(error, "请至少指定 --reconsideration-body、--litigation-court、--fee-pause 中的一项"));
            return CliServices.RunAsync(parse, data, async (services, output, ct) =>
            {
                var db = services.GetRequiredService<GongkaiDbContext>();
                var agencyCode = parse.GetValue(code) ?? "";
                var changes = await db.ChangeSettingsAsync(agencyCode, change, version: null, actor: null, ct);
                output.WriteLine(changes.Count == 0 ? $"{agencyCode}：设置未变" : $"{agencyCode}：{string.Join("；", changes)}");
                return 0;
            }, cancellation);
        });
        return command;
    }
}
