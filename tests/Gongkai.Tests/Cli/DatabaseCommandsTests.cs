using System.CommandLine;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Staff;
using Gongkai.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Cli;

/// <summary>The database verbs on the embedded SQLite default in a data directory of their own.</summary>
public sealed class DatabaseCommandsTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("gongkai-db-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string? stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GongkaiCommand.Create(new StringReader(stdin ?? "")).Parse([.. args, "--data", data])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    private GongkaiDbContext Open() =>
        DatabaseConnection.Sqlite($"Data Source={Path.Combine(data, DatabaseConnection.DefaultFileName)}").CreateContext(TimeProvider.System);

    [Fact]
    public async Task MigratePrintsWhatItAppliedThenThatNothingIsLeft()
    {
        var (exit, output, error) = await RunAsync(null, "migrate");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("_Initial", output);
        Assert.True(File.Exists(Path.Combine(data, "gongkai.db")));

        var again = await RunAsync(null, "migrate");
        Assert.Equal(0, again.Exit);
        Assert.Contains("已是最新", again.Output);
    }

    [Fact]
    public async Task DemoLoadsOnceAndItsPrintedPasswordsWork()
    {
        var (exit, output, _) = await RunAsync(null, "demo");
        Assert.Equal(0, exit);
        var second = await RunAsync(null, "demo");
        Assert.Equal(0, second.Exit);
        Assert.Contains("未新增账户", second.Output);

        await using var db = Open();
        Assert.Equal(4, await db.Agencies.CountAsync(TestContext.Current.CancellationToken));
        // Nine accounts per agency: the three of the application desk and six of proactive disclosure.
        Assert.Equal(36, await db.StaffUsers.CountAsync(TestContext.Current.CancellationToken));
        Assert.Contains("演示政府信息共 640 件", output, StringComparison.Ordinal);
        var login = DemoDistrict.LoginName("NMF", StaffRoles.Handler);
        var line = output.Split('\n').Single(l => l.Contains($"\t{login}\t", StringComparison.Ordinal));
        var user = await db.StaffUsers.SingleAsync(u => u.LoginName == login, TestContext.Current.CancellationToken);
        Assert.True(user.VerifyPassword(line.Split('\t')[3].Trim()));
    }

    [Fact]
    public async Task AgencyAndStaffAddAreSavedAndAudited()
    {
        Assert.Equal(0, (await RunAsync(null, "agency", "add", "--name", "朝阳区人民政府", "--code", "CY", "--kind", "人民政府")).Exit);
        Assert.Equal(0, (await RunAsync(null, "agency", "add", "--name", "朝阳区教育委员会", "--code", "CYJW", "--kind", "Department", "--parent", "CY")).Exit);
        var (exit, output, error) = await RunAsync("s3cret-passw0rd\n", "staff", "add", "--agency", "CYJW", "--login", "zhang.san",
            "--name", "张三", "--role", "Handler,OfficeHead", "--password-stdin");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.DoesNotContain("s3cret", output);
        await using var db = Open();
        var user = await db.StaffUsers.Include(u => u.Agency).SingleAsync(u => u.LoginName == "zhang.san", TestContext.Current.CancellationToken);
        Assert.Equal("CYJW", user.Agency.Code);
        Assert.Equal(StaffRoles.Handler | StaffRoles.OfficeHead, user.Roles);
        Assert.True(user.VerifyPassword("s3cret-passw0rd"));
        Assert.Equal(
            [AuditActions.AgencyAdded, AuditActions.AgencyAdded, AuditActions.StaffAdded],
            await db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AgencySetChangesTheRemedyBodiesAndTheFeePauseAndAuditsWhatChanged()
    {
        await RunAsync(null, "agency", "add", "--name", "朝阳区人民政府", "--code", "CY", "--kind", "Government");

        var (exit, output, _) = await RunAsync(null, "agency", "set", "--code", "CY", "--reconsideration-body", "北京市人民政府",
            "--litigation-court", "北京市第四中级人民法院", "--fee-pause", "false");

        Assert.Equal(0, exit);
        Assert.Contains("行政复议机关：按机关层级确定 → 北京市人民政府", output, StringComparison.Ordinal);
        Assert.Contains("等待缴费期间：暂停计算答复期限 → 不暂停计算答复期限", output, StringComparison.Ordinal);
        await using var db = Open();
        var agency = await db.Agencies.SingleAsync(a => a.Code == "CY", TestContext.Current.CancellationToken);
        Assert.Equal(("北京市人民政府", "北京市第四中级人民法院", false), (agency.ReconsiderationBody, agency.LitigationCourt, agency.FeeWaitPausesClock));
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.AgencySettingsChanged, TestContext.Current.CancellationToken);
        Assert.Null(audit.ActorId);
        Assert.Equal(agency.Id, audit.AgencyId);
    }

    [Fact]
    public async Task AgencySetChangesOnlyTheSettingsGivenAndAnEmptyCourtClearsIt()
    {
        await RunAsync(null, "agency", "add", "--name", "朝阳区人民政府", "--code", "CY", "--kind", "Government");
        await RunAsync(null, "agency", "set", "--code", "CY", "--litigation-court", "北京市第四中级人民法院", "--fee-pause", "false");

        var (exit, output, _) = await RunAsync(null, "agency", "set", "--code", "CY", "--litigation-court", "");

        Assert.Equal(0, exit);
        Assert.Contains("行政诉讼管辖法院：北京市第四中级人民法院 → 按机关层级确定", output, StringComparison.Ordinal);
        await using var db = Open();
        var agency = await db.Agencies.SingleAsync(a => a.Code == "CY", TestContext.Current.CancellationToken);
        Assert.Equal(((string?)null, (string?)null, false), (agency.ReconsiderationBody, agency.LitigationCourt, agency.FeeWaitPausesClock));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.AgencySettingsChanged, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StaffAddWithoutAPasswordPrintsAGeneratedOne()
    {
        await RunAsync(null, "agency", "add", "--name", "朝阳区人民政府", "--code", "CY", "--kind", "Government");

        var (exit, output, _) = await RunAsync(null, "staff", "add", "--agency", "CY", "--login", "li.si", "--name", "李四", "--role", "Administrator");

        Assert.Equal(0, exit);
        var password = output.Split('\n').Single(l => l.StartsWith("初始密码", StringComparison.Ordinal)).Split('：')[1].Trim();
        await using var db = Open();
        var user = await db.StaffUsers.SingleAsync(u => u.LoginName == "li.si", TestContext.Current.CancellationToken);
        Assert.True(user.VerifyPassword(password));
    }

    [Fact]
    public async Task StaffPasswordSetsANewPasswordEndsTheSessionsAndIsAudited()
    {
        await RunAsync(null, "agency", "add", "--name", "朝阳区人民政府", "--code", "CY", "--kind", "Government");
        await RunAsync("first-passw0rd\n", "staff", "add", "--agency", "CY", "--login", "li.si", "--name", "李四", "--role", "Handler", "--password-stdin");
        string stamp;
        await using (var before = Open())
            stamp = (await before.StaffUsers.SingleAsync(u => u.LoginName == "li.si", TestContext.Current.CancellationToken)).SecurityStamp;

        var (exit, output, _) = await RunAsync("second-passw0rd\n", "staff", "password", "--login", "li.si", "--password-stdin");

        Assert.Equal(0, exit);
        Assert.Contains("已重设 li.si 的密码，原有登录全部失效", output, StringComparison.Ordinal);
        Assert.DoesNotContain("second", output, StringComparison.Ordinal);
        await using var db = Open();
        var user = await db.StaffUsers.SingleAsync(u => u.LoginName == "li.si", TestContext.Current.CancellationToken);
        Assert.True(user.VerifyPassword("second-passw0rd"));
        Assert.False(user.VerifyPassword("first-passw0rd"));
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.PasswordReset && e.TargetId == "li.si", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StaffUnlockLetsEveryWaitingAddressTryAgainAndIsAudited()
    {
        await RunAsync(null, "agency", "add", "--name", "朝阳区人民政府", "--code", "CY", "--kind", "Government");
        await RunAsync("first-passw0rd\n", "staff", "add", "--agency", "CY", "--login", "li.si", "--name", "李四", "--role", "Handler", "--password-stdin");
        await using (var db = Open())
        {
            foreach (var address in new[] { "203.0.113.5", "203.0.113.6" })
            {
                for (var i = 0; i <= SignInThrottle.FreeFailures; i++)
                    await db.SignInAsync("li.si", "wrong-password", System.Net.IPAddress.Parse(address), TestContext.Current.CancellationToken);
            }
        }

        var (exit, output, _) = await RunAsync(null, "staff", "unlock", "--login", "Li.Si");

        Assert.Equal(0, exit);
        Assert.Contains("已解除 li.si 的登录限制（2 个地址）", output, StringComparison.Ordinal);
        await using var after = Open();
        var outcome = await after.SignInAsync("li.si", "first-passw0rd", System.Net.IPAddress.Parse("203.0.113.5"), TestContext.Current.CancellationToken);
        Assert.NotNull(outcome.User);
        Assert.Equal(1, await after.AuditEntries.CountAsync(e => e.Action == AuditActions.SignInThrottleCleared, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("找不到机关“XX”", "staff", "add", "--agency", "XX", "--login", "wang.wu", "--name", "王五", "--role", "Handler")]
    [InlineData("角色“Boss”无效", "staff", "add", "--agency", "CY", "--login", "wang.wu", "--name", "王五", "--role", "Boss")]
    [InlineData("登录名“taken”已被使用", "staff", "add", "--agency", "CY", "--login", "taken", "--name", "王五", "--role", "Handler")]
    [InlineData("找不到工作人员“nobody”", "staff", "unlock", "--login", "nobody")]
    [InlineData("找不到工作人员“nobody”", "staff", "password", "--login", "nobody")]
    [InlineData("机关类型“部委”无效", "agency", "add", "--name", "某委", "--code", "MW", "--kind", "部委")]
    [InlineData("找不到上级机关“ZZ”", "agency", "add", "--name", "某委", "--code", "MW", "--kind", "Department", "--parent", "ZZ")]
    [InlineData("找不到机关“XX”", "agency", "set", "--code", "XX", "--fee-pause", "false")]
    [InlineData("请至少指定 --reconsideration-body、--litigation-court、--fee-pause 中的一项", "agency", "set", "--code", "CY")]
    [InlineData("--fee-pause 的值“maybe”无效，应为 true 或 false", "agency", "set", "--code", "CY", "--fee-pause", "maybe")]
    [InlineData("行政复议机关不超过 100 个字", "agency", "set", "--code", "CY", "--reconsideration-body", "某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某")]
    [InlineData("机关代码“CY”已被使用", "agency", "add", "--name", "重复", "--code", "CY", "--kind", "Other")]
    [InlineData("机关代码“cy-1”无效", "agency", "add", "--name", "某委", "--code", "cy-1", "--kind", "Other")]
    public async Task RefusedWritesPrintOneChineseLineAndExitTwo(string message, params string[] args)
    {
        await RunAsync(null, "agency", "add", "--name", "朝阳区人民政府", "--code", "CY", "--kind", "Government");
        await RunAsync(null, "staff", "add", "--agency", "CY", "--login", "taken", "--name", "占用", "--role", "Handler");

        var (exit, output, error) = await RunAsync(null, args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(message, line);
    }
}
