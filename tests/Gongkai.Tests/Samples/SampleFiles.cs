namespace Gongkai.Tests.Samples;

/// <summary>The real published reports the tests read, copied next to the test assembly.</summary>
public static class SampleFiles
{
    public static string Nanmofang2019 => Path.Combine(AppContext.BaseDirectory, "Samples", "report-2019-nanmofang.txt");
}
