using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

public class PageFooterTests
{
    [Theory]
    [InlineData("— 5 —", true)]
    [InlineData("—5—", true)]
    [InlineData("- 12 -", true)]
    [InlineData("第3页 共7页", true)]
    [InlineData("5", false)]
    [InlineData("2019", false)]
    [InlineData("-8", false)]
    [InlineData("——", false)]
    [InlineData("一、总体情况", false)]
    public void PageFootersAreToldApartFromFigures(string line, bool footer) =>
        Assert.Equal(footer, ReportParser.IsPageNumber(ParsedLine.From(SourceRow.Text(line))));
}
