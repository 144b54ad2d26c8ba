using System.Globalization;

namespace Gongkai.Tests.Deadlines;

/// <summary>Dates written as in the notices, so table rows read like the source.</summary>
internal static class Dates
{
    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
