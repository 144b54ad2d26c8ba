namespace Gongkai.Tests.Deadlines;

/// <summary>
/// Made-up arrangements for tests only. They are NOT the real 2027 notice, which did not exist when this was written;
/// nothing outside tests may use them.
/// </summary>
internal static class SampleYears
{
    public const string Fictional2027 = """
        {
          "year": 2027,
          "notices": [{ "title": "测试用虚构的2027年节假日安排（不是真实通知）", "document_number": null }],
          "holidays": [
            { "name": "元旦", "first": "2027-01-01", "last": "2027-01-03" },
            { "name": "春节", "first": "2027-02-06", "last": "2027-02-14" }
          ],
          "makeup_workdays": ["2027-02-20"]
        }
        """;
}
