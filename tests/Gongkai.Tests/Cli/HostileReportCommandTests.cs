using System.Diagnostics;
using Gongkai.Tests.AnnualReports.Import;

namespace Gongkai.Tests.Cli;

/// <summary>
/// Issue 7, finding 1: a DOCX nested 40,000 deep overflowed the stack, which ends the process whatever catches it.
/// The program runs as a child process here, so that without the fix this test fails instead of taking the test host down.
/// </summary>
public sealed class HostileReportCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("gongkai-hostile-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task AuditOfADocxNestedFortyThousandDeepSaysWhichLimitAndExitsTwo()
    {
        var path = Path.Combine(folder.FullName, "nested.docx");
        await File.WriteAllBytesAsync(path, HostileFiles.NestedDocx(40_000), TestContext.Current.CancellationToken);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "gongkai.dll"), "report", "audit", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.FullName,
        };
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        using var child = Process.Start(start)!;
        var error = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await child.WaitForExitAsync(patience.Token);
        }
        finally
        {
            if (!child.HasExited)
                child.Kill(entireProcessTree: true);
        }

        var lines = (await error).Trim();
        Assert.DoesNotContain("Stack overflow", lines + await output, StringComparison.Ordinal);
        Assert.Equal(2, child.ExitCode);
        // The ratio of its packed XML refuses it before its depth is read (ImportLimitsTests checks both).
        Assert.Equal($"{path}: 压缩包中的「word/document.xml」压缩比超过 200 倍的上限", lines);
    }
}
