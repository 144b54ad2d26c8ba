using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Publishing;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Demo;

/// <summary>The demo's two years of documents, driven through the workflow, loaded on Monday 2026-03-16 as the demo year's tests are.</summary>
public sealed class DemoDocumentsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachDemoAgencyGetsTwoYearsOfReviewedDocumentsWithRepealsWithdrawalsAndWorkInProgress()
    {
        var store = new AttachmentStore(Directory.CreateTempSubdirectory("gongkai-demo-").FullName);
        fixture.Time.SetUtcNow(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero));
        await using (var db = fixture.CreateContext(DatabaseProvider.Sqlite))
        {
            await DemoDistrict.LoadAsync(db, Cancellation);
            await DemoDocuments.LoadAsync(db, store, Cancellation);
        }

        await using var fresh = fixture.CreateContext(DatabaseProvider.Sqlite);
        var perAgency = await fresh.Documents.GroupBy(d => d.AgencyId).Select(g => g.Count()).ToListAsync(Cancellation);
        Assert.Equal(4, perAgency.Count);
        Assert.All(perAgency, n => Assert.InRange(n, 150, 250));
        var published = await PublishedDocuments.Visible(fresh).ToListAsync(Cancellation);
        // Every published document passed every step of its chain in its last round.
        Assert.All(published, d => Assert.True(d.ChainComplete));
        Assert.Contains(published, d => d.PublishedOn!.Value.Year == 2024);
        Assert.True(await fresh.Documents.AnyAsync(d => d.Status == DocumentStatus.Withdrawn && d.IndexNumber != null, Cancellation));
        Assert.True(await fresh.Documents.AnyAsync(d => d.Validity == DocumentValidity.Repealed && d.SuccessorId != null, Cancellation));
        Assert.True(await fresh.Documents.AnyAsync(d => d.Status == DocumentStatus.InReview, Cancellation));
        Assert.True(await fresh.Documents.AnyAsync(d => d.Status == DocumentStatus.Returned, Cancellation));
        Assert.Contains("工作目标", await fresh.Attachments.Select(a => a.Text).FirstAsync(Cancellation), StringComparison.Ordinal);
        // Loading again adds nothing.
        Assert.Equal(0, await DemoDocuments.LoadAsync(fresh, store, Cancellation));
    }
}
