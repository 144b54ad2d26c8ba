namespace Gongkai.Web.Cli;

/// <summary>Expands the paths given on the command line into report files, folders searched recursively.</summary>
public static class ReportInputs
{
    private static readonly HashSet<string> Extensions =
        new([".txt", ".text", ".html", ".htm", ".mhtml", ".mht", ".md", ".docx", ".xlsx", ".pdf", ".json"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Files in a stable order; a path that does not exist is returned as is, so it is reported unreadable.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
