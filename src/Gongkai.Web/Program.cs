using Gongkai.Web.Cli;

// With no verb, or only host options (as the test host passes them), the program serves the web application.
if (args.Length == 0 || (args[0].StartsWith('-') && args[0] is not ("-h" or "-?" or "--help" or "--version")))
{
    args = ["serve", .. args];
}

return await GongkaiCommand.Create().Parse(args).InvokeAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
