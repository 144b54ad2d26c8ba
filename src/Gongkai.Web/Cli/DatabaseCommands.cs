using System.CommandLine;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Cli;

/// <summary>`gongkai migrate` and `gongkai demo`: set up the configured database.</summary>
public static class DatabaseCommands
{
    public static Command Migrate()
    {
        var data = CliServices.DataOption();
        var command = new Command("migrate", "把数据库结构更新到当前版本（生产环境使用 PostgreSQL 时在升级后手动运行）") { data };
        command.SetAction((parse, cancellation) => CliServices.RunAsync(parse, data, async (services, output, ct) =>
        {
            var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var connection = services.GetRequiredService<DatabaseConnection>();
            foreach (var name in applied)
                output.WriteLine($"已应用 {name}");
            output.WriteLine(applied.Count == 0
                ? $"数据库（{connection.Provider}）已是最新，无需更新"
                : $"数据库（{connection.Provider}）已更新，共应用 {applied.Count} 个迁移");
            return 0;
        }, cancellation, migrateEmbedded: false));
        return command;
    }

    public static Command Demo()
    {
        var data = CliServices.DataOption();
        var command = new Command("demo", "载入演示辖区（区政府、两个部门、一个街道办事处，每个机关每种角色一个账户，每个机关一年的申请案卷、两年的主动公开政府信息）；可重复运行") { data };
        command.SetAction((parse, cancellation) => CliServices.RunAsync(parse, data, async (services, output, ct) =>
        {
            await LoadDemoAsync(services, output, ct);
            return 0;
        }, cancellation));
        return command;
    }

    /// <summary>
    /// Loads the demo district and its cases, printing the passwords of the accounts created now. `serve --demo`
    /// calls it before the host starts, so the database is brought up to date first as on start.
    /// </summary>
    public static async Task LoadDemoAsync(IServiceProvider root, TextWriter output, CancellationToken cancellation)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (services.GetRequiredService<DatabaseConnection>().IsEmbeddedDefault)
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellation);
        var db = services.GetRequiredService<GongkaiDbContext>();
        var created = await DemoDistrict.LoadAsync(db, cancellation);
        if (created.Count == 0)
        {
            output.WriteLine("演示辖区已载入，未新增账户（密码只在创建时显示一次）");
        }
        else
        {
            output.WriteLine("已载入演示辖区。以下密码只显示这一次：");
            foreach (var account in created)
                output.WriteLine($"{account.AgencyName}\t{account.Role}\t{account.LoginName}\t{account.Password}");
        }

        output.WriteLine($"演示申请案卷共 {await db.Applications.CountAsync(cancellation)} 件（{DemoApplications.Year} 年全年及此后至今）");
        // Each document goes through the real review chain, so this takes a while on first load.
        await DemoDocuments.LoadAsync(db, services.GetRequiredService<AttachmentStore>(), cancellation);
        output.WriteLine($"演示政府信息共 {await db.Documents.CountAsync(cancellation)} 件（近两年，已发布 {await db.Documents.CountAsync(d => d.Status == DocumentStatus.Published, cancellation)} 件）");
    }
}
