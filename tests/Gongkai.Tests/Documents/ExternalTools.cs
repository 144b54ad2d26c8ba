using System.Diagnostics;
using System.Text;

namespace Gongkai.Tests.Documents;

/// <summary>
/// Runs the programs real readers use (LibreOffice, poppler) on rendered files. Each LibreOffice call gets its own
/// profile and HOME, since two instances sharing a profile block each other when tests run in parallel.
/// </summary>
internal static class ExternalTools
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static (int ExitCode, string Output, string Error) Run(string file, params string[] args) =>
        Run(file, null, args);

    public static (int ExitCode, string Output, string Error) Run(string file, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A fresh directory under the system temp folder.</summary>
    public static string TempDirectory(string prefix = "gongkai-test")
    {
        var path = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes bytes to a new file in a fresh directory and returns its path.</summary>
    public static string WriteTemp(byte[] content, string fileName)
    {
        var path = Path.Combine(TempDirectory(), fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>
    /// Converts with headless LibreOffice (<paramref name="targetFormat"/> as soffice takes it, e.g. "pdf") and returns
    /// the files it wrote; fails with LibreOffice's own output when it writes none.
    /// </summary>
    public static IReadOnlyList<string> ConvertWithLibreOffice(string path, string targetFormat)
    {
        var outDir = TempDirectory("gongkai-lo-out");
        var profile = TempDirectory("gongkai-lo-profile");
        try
        {
            var (exitCode, output, error) = Run(
                "soffice",
                new Dictionary<string, string> { ["HOME"] = profile },
                "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
                "--headless", "--norestore", "--convert-to", targetFormat, "--outdir", outDir, path);
            var written = Directory.GetFiles(outDir).Order(StringComparer.Ordinal).ToList();
            if (exitCode != 0 || written.Count == 0 || error.Contains("Error", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"LibreOffice failed on {path} (exit {exitCode}): {output} {error}");
            }

            return written;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    public static string PdfToText(string path)
    {
        var (exitCode, output, error) = Run("pdftotext", "-layout", "-enc", "UTF-8", path, "-");
        return exitCode == 0 ? output : throw new InvalidOperationException($"pdftotext failed on {path}: {error}");
    }
}
