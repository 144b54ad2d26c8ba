namespace Gongkai.Publishing;

/// <summary>
/// Told after a publication, withdrawal or validity change is saved, for what is derived from the published set (the
/// search index, cached column pages); every registered listener is called in the request that made the change.
/// </summary>
public interface IPublicationListener
{
    Task PublicationChangedAsync(GovernmentDocument document, CancellationToken cancellation);
}
