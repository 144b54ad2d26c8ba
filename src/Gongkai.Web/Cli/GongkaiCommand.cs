using System.CommandLine;

namespace Gongkai.Web.Cli;

/// <summary>The program's verbs: `serve` hosts the web application, the others are the command line.</summary>
public static class GongkaiCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Gongkai 公开：政府信息公开工作平台");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ReportCommands.Create());
        root.Subcommands.Add(CalendarCommands.Create());
        return root;
    }
}
