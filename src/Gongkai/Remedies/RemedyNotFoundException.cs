namespace Gongkai.Remedies;

/// <summary>No such record in the user's agency; pages answer 404 so nobody learns another agency's records.</summary>
public sealed class RemedyNotFoundException(long id) : Exception($"No reconsideration or litigation record {id} in the user's agency.")
{
    public long Id { get; } = id;
}
