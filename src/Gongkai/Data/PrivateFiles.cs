namespace Gongkai.Data;

/// <summary>
/// The data directory holds applicants' personal data (the database, kept reports) and the sign-in keys, so on Unix
/// what Gongkai creates there is readable by its own user only: directories 0700, files 0600 (issue 7, finding 8).
/// Windows folders inherit their parent's access list, which the operator sets.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OthersAndGroup = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates the directory and any missing parents owner-only; one that exists is left as the operator made it.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        // Parents one by one: given a mode, CreateDirectory applies it to the last directory only.
        var missing = new Stack<string>();
        for (var directory = Path.GetFullPath(path); !Directory.Exists(directory); directory = Path.GetDirectoryName(directory)!)
            missing.Push(directory);
        while (missing.TryPop(out var directory))
            Directory.CreateDirectory(directory, DirectoryMode);
    }

    /// <summary>
    /// Makes sure a file exists readable by its owner only: created empty with 0600 (SQLite accepts an empty file as a
    /// new database, and gives its journal the same mode), or stripped of group and other access if an earlier version
    /// created it with the default 0644.
    /// </summary>
    public static void EnsurePrivateFile(string path)
    {
        if (OperatingSystem.IsWindows())
            return;
        if (!File.Exists(path))
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = FileMode,
            });
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & OthersAndGroup) != 0)
            File.SetUnixFileMode(path, mode & ~OthersAndGroup);
    }

    /// <summary>Writes a whole file owner-only (0600 when it is created).</summary>
    public static async Task WriteAllTextAsync(string path, string text, CancellationToken cancellation)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = FileMode;
        var stream = new FileStream(path, options);
        await using (stream.ConfigureAwait(false))
        {
            var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            await using (writer.ConfigureAwait(false))
                await writer.WriteAsync(text.AsMemory(), cancellation).ConfigureAwait(false);
        }
    }
}
