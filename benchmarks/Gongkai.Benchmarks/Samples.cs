namespace Gongkai.Benchmarks;

/// <summary>The real sample report, copied next to the benchmark assembly.</summary>
public static class Samples
{
    public static string Nanmofang2019 => Path.Combine(AppContext.BaseDirectory, "Samples", "report-2019-nanmofang.txt");
}
