using System.CommandLine;

namespace Gongkai.Web.Cli;

/// <summary>The program's verbs: `serve` hosts the web application, the others are the command line.</summary>
public static class GongkaiCommand
{
    /// <param name="input">Standard input for `staff add --password-stdin`; tests pass their own.</param>
    public static RootCommand Create(TextReader? input = null)
    {
        var root = new RootCommand("Gongkai 公开：政府信息公开工作平台");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ReportCommands.Create());
        root.Subcommands.Add(CalendarCommands.Create());
        root.Subcommands.Add(DatabaseCommands.Migrate());
        root.Subcommands.Add(DatabaseCommands.Demo());
        root.Subcommands.Add(AgencyCommands.Create());
        root.Subcommands.Add(StaffCommands.Create(() => input ?? Console.In));
        return root;
    }
}
