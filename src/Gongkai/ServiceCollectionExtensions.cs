using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Publishing;
using Gongkai.Remedies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Gongkai;

/// <summary>What every verb needs: the clock, the database and the working-day calendar.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Same key and default as the web host's Gongkai:DataDirectory.</summary>
    public const string DataDirectoryKey = "Gongkai:DataDirectory";

    public static IServiceCollection AddGongkai(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        // Read when first needed, not now, so settings a host adds after this call still count.
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            return DatabaseConnection.FromConfiguration(config, DataDirectory(config));
        });
        services.AddScoped(sp => sp.GetRequiredService<DatabaseConnection>()
            .CreateContext(sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>()));
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<ApplicationWorkflow>();
        services.AddScoped<CaseDesk>();
        services.AddScoped<RemedyWorkflow>();
        services.AddScoped<PublishingWorkflow>();
        // Attachments live under the data directory, outside the web root.
        services.AddSingleton(sp => new AttachmentStore(DataDirectory(sp.GetRequiredService<IConfiguration>())));
        // One store per program, so a year loaded on a page counts at once; each scope counts on the calendar of its start.
        services.AddSingleton(sp => new CalendarStore(DataDirectory(sp.GetRequiredService<IConfiguration>())));
        services.AddScoped(sp => sp.GetRequiredService<CalendarStore>().Current);
        services.AddScoped<CalendarImport>();
        return services;
    }

    public static string DataDirectory(IConfiguration configuration) => configuration[DataDirectoryKey] is { Length: > 0 } d ? d : "data";
}
