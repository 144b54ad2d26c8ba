using System.CommandLine;
using Gongkai.Data;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Cli;

/// <summary>`gongkai serve`: hosts the portal; options it does not know go to ASP.NET Core (--urls, --environment …).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "数据目录（默认 ./data）" };
        var demo = new Option<bool>("--demo") { Description = "启动前载入演示辖区及其申请案卷（同 gongkai demo，可重复）" };
        var command = new Command("serve", "启动门户网站与 API（默认 http://localhost:5000）") { data, demo };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellation) =>
        {
            var hostArgs = parse.UnmatchedTokens.ToList();
            if (parse.GetValue(data) is { } directory)
            {
                hostArgs.Add($"--Gongkai:DataDirectory={directory}");
            }

            try
            {
                var app = WebApp.Build([.. hostArgs]);
                // Check the database settings before the host starts, so a bad one is one line, not a host failure log.
                _ = app.Services.GetRequiredService<DatabaseConnection>();
                if (parse.GetValue(demo))
                    await DatabaseCommands.LoadDemoAsync(app.Services, parse.InvocationConfiguration.Output, cancellation);
                await app.RunAsync(cancellation);
                return 0;
            }
            catch (DatabaseConfigurationException ex)
            {
                return CliServices.Refuse(parse.InvocationConfiguration.Error, ex.Message);
            }
            catch (OptionsValidationException ex)
            {
                return CliServices.Refuse(parse.InvocationConfiguration.Error, "配置无效：" + string.Join("；", ex.Failures));
            }
        });
        return command;
    }
}
