namespace Gongkai.Deadlines;

/// <summary>A public holiday (放假) as the notice sets it: every date from First to Last inclusive is a rest day.</summary>
public sealed record HolidayRange(string Name, DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly date) => First <= date && date <= Last;

    public bool Overlaps(HolidayRange other) => First <= other.Last && other.First <= Last;
}
