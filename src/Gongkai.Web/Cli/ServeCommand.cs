using System.CommandLine;

namespace Gongkai.Web.Cli;

/// <summary>`gongkai serve`: hosts the portal; options it does not know go to ASP.NET Core (--urls, --environment …).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "数据目录（默认 ./data）" };
        var command = new Command("serve", "启动门户网站与 API（默认 http://localhost:5000）") { data };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellation) =>
        {
            var hostArgs = parse.UnmatchedTokens.ToList();
            if (parse.GetValue(data) is { } directory)
            {
                hostArgs.Add($"--Gongkai:DataDirectory={directory}");
            }

            var app = WebApp.Build([.. hostArgs]);
            await app.RunAsync(cancellation);
            return 0;
        });
        return command;
    }
}
