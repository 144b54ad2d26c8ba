using System.CommandLine;
using Gongkai.Data;
using Gongkai.Staff;

namespace Gongkai.Web.Cli;

/// <summary>
/// `gongkai staff add`, `staff password` and `staff unlock`: accounts created and passwords set from the shell (the
/// password from stdin, or generated and printed once), and sign-in waits lifted; each audited.
/// </summary>
public static class StaffCommands
{
    public static Command Create(Func<TextReader> input) => new("staff", "管理工作人员账户") { Add(input), Password(input), Unlock() };

    private static Command Add(Func<TextReader> input)
    {
        var agency = new Option<string>("--agency") { Description = "所属机关的代码", Required = true };
        var login = new Option<string>("--login") { Description = "登录名（小写字母、数字、点、横线）", Required = true };
        var name = new Option<string>("--name") { Description = "显示名", Required = true };
        var role = new Option<string>("--role") { Description = "角色，逗号分隔：Handler（承办人）、OfficeHead（公开办负责人）、Administrator（系统管理员）", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "从标准输入读取密码（第一行）；不加时生成一个并显示一次" };
        var data = CliServices.DataOption();
        var command = new Command("add", "新增工作人员") { agency, login, name, role, passwordStdin, data };
        command.SetAction((parse, cancellation) => CliServices.RunAsync(parse, data, async (services, output, ct) =>
        {
            var roleText = parse.GetValue(role) ?? "";
            if (!StaffRoleNames.TryParse(roleText, out var roles))
                throw new InvalidValueException($"角色“{roleText}”无效，应为 Handler、OfficeHead、Administrator 中的一个或多个，用逗号分隔");
            var fromStdin = parse.GetValue(passwordStdin);
            var password = fromStdin ? (await input().ReadLineAsync(ct))?.TrimEnd('\r') ?? "" : StaffAdministration.GeneratePassword();
            var db = services.GetRequiredService<GongkaiDbContext>();
            var user = await db.AddStaffAsync(parse.GetValue(agency) ?? "", parse.GetValue(login) ?? "", parse.GetValue(name) ?? "", roles, password, actor: null, ct);
            output.WriteLine($"已新增工作人员 {user.LoginName}（{StaffRoleNames.Chinese(user.Roles)}）");
            if (!fromStdin)
                output.WriteLine($"初始密码（只显示这一次）：{password}");
            return 0;
        }, cancellation));
        return command;
    }

    private static Command Password(Func<TextReader> input)
    {
        var login = new Option<string>("--login") { Description = "登录名", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "从标准输入读取新密码（第一行）；不加时生成一个并显示一次" };
        var data = CliServices.DataOption();
        var command = new Command("password", "重设工作人员的密码，该账户原有的登录全部失效") { login, passwordStdin, data };
        command.SetAction((parse, cancellation) => CliServices.RunAsync(parse, data, async (services, output, ct) =>
        {
            var fromStdin = parse.GetValue(passwordStdin);
            var password = fromStdin ? (await input().ReadLineAsync(ct))?.TrimEnd('\r') ?? "" : StaffAdministration.GeneratePassword();
            var db = services.GetRequiredService<GongkaiDbContext>();
            var user = await db.ResetPasswordAsync(parse.GetValue(login) ?? "", password, actor: null, ct);
            output.WriteLine($"已重设 {user.LoginName} 的密码，原有登录全部失效");
            if (!fromStdin)
                output.WriteLine($"新密码（只显示这一次）：{password}");
            return 0;
        }, cancellation));
        return command;
    }

    private static Command Unlock()
    {
        var login = new Option<string>("--login") { Description = "登录名", Required = true };
        var data = CliServices.DataOption();
        var command = new Command("unlock", "解除登录限制：登录失败后须等待的地址立即可以再试") { login, data };
        command.SetAction((parse, cancellation) => CliServices.RunAsync(parse, data, async (services, output, ct) =>
        {
            var db = services.GetRequiredService<GongkaiDbContext>();
            var count = await db.ClearSignInLimitsAsync(parse.GetValue(login) ?? "", actor: null, ct);
            output.WriteLine($"已解除 {SignInThrottle.Normalize(parse.GetValue(login) ?? "")} 的登录限制（{count} 个地址）");
            return 0;
        }, cancellation));
        return command;
    }
}
