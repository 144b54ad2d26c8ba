namespace Gongkai.Applications;

/// <summary>No case with this tracking number in the user's agency; pages answer 404 so nobody learns another agency's cases.</summary>
public sealed class CaseNotFoundException(string trackingNumber) : Exception($"No case {trackingNumber} in the user's agency.")
{
    public string TrackingNumber { get; } = trackingNumber;
}
