using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Tests.Data;

/// <summary>Issue 7, finding 8: the data directory and the database holding applicants' data are owner-only on Unix.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrivateFilesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("gongkai-private-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task TheEmbeddedDatabaseAndItsDirectoryAreCreatedOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var data = Path.Combine(root, "new", "data");
        var connection = DatabaseConnection.FromConfiguration(new ConfigurationBuilder().Build(), data);

        await using (var db = connection.CreateContext(TimeProvider.System))
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(PrivateFiles.DirectoryMode, File.GetUnixFileMode(data));
        Assert.Equal(PrivateFiles.DirectoryMode, File.GetUnixFileMode(Path.Combine(root, "new")));
        foreach (var file in Directory.GetFiles(data, DatabaseConnection.DefaultFileName + "*"))
            Assert.Equal(PrivateFiles.FileMode, File.GetUnixFileMode(file));
        Assert.NotEmpty(Directory.GetFiles(data));
    }

    [Fact]
    public void AWorldReadableDatabaseFromAnEarlierVersionIsMadeOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var path = Path.Combine(root, DatabaseConnection.DefaultFileName);
        File.WriteAllBytes(path, []);
        File.SetUnixFileMode(path, PrivateFiles.FileMode | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var connection = DatabaseConnection.FromConfiguration(new ConfigurationBuilder().Build(), root);

        using var db = connection.CreateContext(TimeProvider.System);

        Assert.Equal(PrivateFiles.FileMode, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task FilesWrittenPrivatelyAreOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var path = Path.Combine(root, "report.json");

        await PrivateFiles.WriteAllTextAsync(path, "{\"单位\":\"朝阳\"}", TestContext.Current.CancellationToken);

        Assert.Equal(PrivateFiles.FileMode, File.GetUnixFileMode(path));
        Assert.Equal("{\"单位\":\"朝阳\"}", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }
}
