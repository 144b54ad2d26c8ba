namespace Gongkai.Publishing;

/// <summary>No document with this id in the user's agency: another agency's document is not found, not forbidden.</summary>
public sealed class DocumentNotFoundException(long id) : Exception($"Document {id} not found.")
{
    public long Id { get; } = id;
}
