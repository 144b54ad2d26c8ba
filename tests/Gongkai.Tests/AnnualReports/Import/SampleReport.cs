namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>The real 2019 report of 南磨房地区办事处 as PDF extraction left it (see Samples/).</summary>
internal static class SampleReport
{
    public static string Path => Gongkai.Tests.Samples.SampleFiles.Nanmofang2019;

    public static byte[] Bytes => File.ReadAllBytes(Path);

    public static string Text => File.ReadAllText(Path);
}
