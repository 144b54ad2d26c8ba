using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Gongkai.Tests.Documents;

/// <summary>
/// Runs poppler-utils (pdftotext, pdffonts, pdfinfo) over a rendered PDF, so tests check the file the way a
/// reader's software sees it rather than trusting our own writer.
/// </summary>
internal static partial class PdfTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The text with its layout kept, one page after another, pages separated by form feeds.</summary>
    public static string Text(string pdf) => Run("pdftotext", "-layout", pdf, "-");

    public static string Fonts(string pdf) => Run("pdffonts", pdf);

    /// <summary>Each line of text with its page (from 1) and the top of its box in points, as pdftotext -bbox reports it.</summary>
    public static IReadOnlyList<(int Page, double Top, string Text)> Lines(string pdf)
    {
        var lines = new List<(int, double, string)>();
        var page = 0;
        foreach (var line in Run("pdftotext", "-bbox", pdf, "-").Split('\n'))
        {
            if (line.TrimStart().StartsWith("<page ", StringComparison.Ordinal))
                page++;
            else if (WordBox().Match(line) is { Success: true } word)
                lines.Add((page, double.Parse(word.Groups[1].Value, CultureInfo.InvariantCulture), System.Net.WebUtility.HtmlDecode(word.Groups[2].Value)));
        }

        return lines;
    }

    public static int PageCount(string pdf)
    {
        var line = Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    public static string Info(string pdf) => Run("pdfinfo", pdf);

    /// <summary>Writes the bytes to a temporary file that the caller deletes.</summary>
    public static string Save(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "gongkai-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} took longer than {Timeout.TotalSeconds} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }

    [System.Text.RegularExpressions.GeneratedRegex("<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\"[^>]*>(.*)</word>")]
    private static partial System.Text.RegularExpressions.Regex WordBox();
}
