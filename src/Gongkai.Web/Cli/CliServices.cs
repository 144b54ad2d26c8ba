using System.CommandLine;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Cli;

/// <summary>
/// The wiring the database verbs share with `serve` (AddGongkai over appsettings.json and environment variables),
/// and their error handling: one Chinese line on stderr and exit code 2.
/// </summary>
internal static class CliServices
{
    public const int Refused = 2;

    public static Option<string?> DataOption() => new("--data") { Description = "数据目录（默认 ./data，内置 SQLite 数据库 gongkai.db 在其中）" };

    public static ServiceProvider Build(string? dataDirectory)
    {
        var configuration = Configuration(dataDirectory);
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddGongkai(configuration);
        // Loggers without a provider: the core's services take one, and the command line prints its own lines.
        services.AddLogging();
        return services.BuildServiceProvider();
    }

    /// <summary>appsettings.json next to the program and environment variables, as `serve` reads them.</summary>
    public static IConfiguration Configuration(string? dataDirectory = null)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") ?? AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables();
        if (dataDirectory is not null)
            builder.AddInMemoryCollection([new(ServiceCollectionExtensions.DataDirectoryKey, dataDirectory)]);
        return builder.Build();
    }

    /// <summary>Runs a database action in its own scope; expected failures become one line on stderr.</summary>
    public static async Task<int> RunAsync(ParseResult parse, Option<string?> data,
        Func<IServiceProvider, TextWriter, CancellationToken, Task<int>> action, CancellationToken cancellation, bool migrateEmbedded = true)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            await using var provider = Build(parse.GetValue(data));
            await using var scope = provider.CreateAsyncScope();
            // Like serve: the embedded SQLite file is brought up to date on use; a configured server only by `migrate`.
            if (migrateEmbedded && scope.ServiceProvider.GetRequiredService<DatabaseConnection>().IsEmbeddedDefault)
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellation);
            return await action(scope.ServiceProvider, parse.InvocationConfiguration.Output, cancellation);
        }
        catch (Exception ex) when (ex is InvalidValueException or WorkflowRuleException or DatabaseConfigurationException)
        {
            return Refuse(error, ex.Message);
        }
        catch (DbUpdateException)
        {
            return Refuse(error, "保存失败：数据已被他人修改或违反唯一性约束，请重试");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            // Cannot reach or open the database, or its schema is behind: say so without a stack trace.
            var reason = ex.Message.Split('\n')[0].Trim();
            return Refuse(error, $"无法使用数据库：{reason}（数据库是否可达、是否已运行 gongkai migrate？）");
        }
    }

    public static int Refuse(TextWriter error, string message)
    {
        error.WriteLine(message);
        return Refused;
    }
}
