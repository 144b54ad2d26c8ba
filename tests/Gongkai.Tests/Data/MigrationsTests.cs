using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Tests.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gongkai.Tests.Data;

public sealed class MigrationsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string StatisticsIndex = "ix_disclosure_applications_statistics";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task MigrationsApplyAndLeaveNothingPending(DatabaseProvider provider)
    {
        await using var db = fixture.CreateContext(provider);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Cancellation));
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(Cancellation), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Empty(await new DatabaseMigrator(db).MigrateAsync(Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TablesAndColumnsAreSnakeCase(DatabaseProvider provider)
    {
        await using var db = fixture.CreateContext(provider);

        var count = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM staff_users WHERE login_name = 'nobody'")
            .SingleAsync(Cancellation);

        Assert.Equal(0, count);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheHandMadeStatisticsIndexSurvivesEveryLaterMigration(DatabaseProvider provider)
    {
        await using var db = fixture.CreateContext(provider);

        Assert.Equal(["agency_id", "received_on", "concluded_on", "applicant_type", "outcome"], await IndexColumnsAsync(db, provider));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task CasesStoredBeforeTheAgencyKeysKeepTheirAgencyWhichCanNoLongerBeDeleted(DatabaseProvider provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider);
        var agencyId = 0;
        await WriteBeforeAsync(scratch, "_AgencyForeignKeys", async db =>
        {
            // As every agency then had to name a reconsideration body.
            var agency = new Agency("某区教育局", "MQJY", AgencyKind.Government) { ReconsiderationBody = "某市人民政府" };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync(Cancellation);
            db.Applications.Add(DisclosureApplication.Submit(agency.Id, "MQJY-2025-0000001", CaseBuilder.Applicant(), CaseBuilder.Request,
                Channel.InPerson, new DateTime(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc), null, ApplicationWorkflow.Applicant));
            await db.SaveChangesAsync(Cancellation);
            agencyId = agency.Id;
        });

        await using (var db = scratch.Connection.CreateContext(fixture.Time))
        {
            await new DatabaseMigrator(db).MigrateAsync(Cancellation);

            Assert.Equal(agencyId, (await db.Applications.AsNoTracking().SingleAsync(Cancellation)).AgencyId);
            Assert.Contains("agency_id", await IndexColumnsAsync(db, provider));
            db.Agencies.Remove(await db.Agencies.SingleAsync(a => a.Id == agencyId, Cancellation));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancellation));
        }
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task OnlineCasesTheApplicantSubmittedBeforeTheSplitCameThroughThePortal(DatabaseProvider provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider);
        var arrived = new DateTime(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc);
        await WriteBeforeAsync(scratch, "_CaseDesk", async db =>
        {
            var agency = new Agency("某区教育局", "MQJY", AgencyKind.Government);
            db.Agencies.Add(agency);
            await db.SaveChangesAsync(Cancellation);
            // Before CaseDesk both were "Online": the portal's own form (the applicant alone) and a platform staff registered.
            db.Applications.Add(DisclosureApplication.Submit(agency.Id, "MQJY-2025-000001", CaseBuilder.Applicant(), CaseBuilder.Request,
                Channel.Online, arrived, arrived, ApplicationWorkflow.Applicant));
            db.Applications.Add(DisclosureApplication.Submit(agency.Id, "MQJY-2025-000002", CaseBuilder.Applicant(), CaseBuilder.Request with { },
                Channel.Online, arrived, arrived, 7));
            await db.SaveChangesAsync(Cancellation);
        });

        await using var upgraded = scratch.Connection.CreateContext(fixture.Time);
        await new DatabaseMigrator(upgraded).MigrateAsync(Cancellation);

        var channels = await upgraded.Applications.AsNoTracking().OrderBy(a => a.TrackingNumber).Select(a => a.Channel).ToListAsync(Cancellation);
        Assert.Equal([Channel.Portal, Channel.Online], channels);
        Assert.Equal(["agency_id", "received_on", "concluded_on", "applicant_type", "outcome"], await IndexColumnsAsync(upgraded, provider));
    }

    // Rows written with today's model, then the schema taken back to just before the named migration, data kept.
    private async Task WriteBeforeAsync(ScratchDatabase scratch, string migration, Func<GongkaiDbContext, Task> write)
    {
        await using var db = scratch.Connection.CreateContext(fixture.Time);
        await new DatabaseMigrator(db).MigrateAsync(Cancellation);
        await write(db);
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith(migration, StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(migrations[index - 1], cancellationToken: Cancellation);
    }

    private static Task<List<string>> IndexColumnsAsync(GongkaiDbContext db, DatabaseProvider provider) =>
        db.Database.SqlQueryRaw<string>(provider == DatabaseProvider.Sqlite
            ? $"SELECT name AS \"Value\" FROM pragma_index_info('{StatisticsIndex}') ORDER BY seqno"
            : $"""
              SELECT a.attname::text AS "Value" FROM pg_index i
              JOIN pg_class c ON c.oid = i.indexrelid
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
              WHERE c.relname = '{StatisticsIndex}' ORDER BY array_position(i.indkey::int2[], a.attnum)
              """).ToListAsync(Cancellation);

    /// <summary>An empty database of its own, for a test that migrates step by step.</summary>
    private sealed class ScratchDatabase(DatabaseConnection connection, string? file, PostgresTestDatabase? postgres) : IAsyncDisposable
    {
        public DatabaseConnection Connection { get; } = connection;

        public static async Task<ScratchDatabase> CreateAsync(DatabaseProvider provider)
        {
            if (provider == DatabaseProvider.Postgres)
            {
                var postgres = await PostgresTestDatabase.CreateAsync(DatabaseFixture.PostgresServer!);
                return new(DatabaseConnection.Postgres(postgres.ConnectionString), null, postgres);
            }
            var file = Path.Combine(Path.GetTempPath(), $"gongkai-upgrade-{Guid.NewGuid():N}.db");
            return new(DatabaseConnection.Sqlite($"Data Source={file}"), file, null);
        }

        public async ValueTask DisposeAsync()
        {
            if (postgres is not null)
                await postgres.DisposeAsync();
            if (file is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(file);
            }
        }
    }
}
