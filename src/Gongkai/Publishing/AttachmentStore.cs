namespace Gongkai.Publishing;

/// <summary>
/// Where attachments live: {data directory}/attachments/{agency id}/{random name}, outside the web root, so a file is
/// only ever served through the page that checks who may read it.
/// </summary>
public sealed class AttachmentStore(string dataDirectory)
{
    public string Root { get; } = Path.Combine(dataDirectory, "attachments");

    public async Task<string> SaveAsync(int agencyId, byte[] content, CancellationToken cancellation)
    {
        var name = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root, agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), content, cancellation).ConfigureAwait(false);
        return name;
    }

    public string PathOf(DocumentAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return Path.Combine(Root, attachment.AgencyId.ToString(System.Globalization.CultureInfo.InvariantCulture), attachment.StoredName);
    }

    /// <summary>Removes a file saved for a change that was then refused, so no file is left without its row.</summary>
    public void Delete(int agencyId, string storedName) =>
        File.Delete(Path.Combine(Root, agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture), storedName));
}
