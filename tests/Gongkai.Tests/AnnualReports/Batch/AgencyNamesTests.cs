using Gongkai.AnnualReports.Batch;

namespace Gongkai.Tests.AnnualReports.Batch;

public class AgencyNamesTests
{
    [Theory]
    [InlineData("北京市朝阳区人民政府南磨房地区办事处", "北京市朝阳区南磨房地区办事处")]
    [InlineData("北京市朝阳区政府南磨房地区办事处", "北京市朝阳区南磨房地区办事处")]
    [InlineData("某某市交通运输局2023年度", "某某市交通运输局")]
    [InlineData("2023年某某市交通运输局", "某某市交通运输局")]
    [InlineData("关于某某市交通运输局 2023 年政府信息公开工作年度报告", "某某市交通运输局")]
    [InlineData("某某市人民政府", "某某市政府")]
    [InlineData("“某某县”人民政府办公室", "某某县办公室")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void NamesFoldToOneKeyWithoutYearTitleOrPunctuation(string? agency, string? key) =>
        Assert.Equal(key, AgencyNames.Key(agency));

    [Fact]
    public void AShortNameStandsForTheOneLongerNameThatEndsWithIt()
    {
        var canonical = AgencyNames.Canonical(["南磨房地区办事处", "朝阳区南磨房地区办事处", "北京市朝阳区南磨房地区办事处"]);

        Assert.Equal("北京市朝阳区南磨房地区办事处", canonical["南磨房地区办事处"]);
        Assert.Equal("北京市朝阳区南磨房地区办事处", canonical["朝阳区南磨房地区办事处"]);
    }

    [Fact]
    public void AShortNameTwoAgenciesEndWithIsNobodysButItsOwn()
    {
        var canonical = AgencyNames.Canonical(["教育局", "北京市教育局", "上海市教育局"]);

        Assert.Equal("教育局", canonical["教育局"]);
        Assert.Equal("北京市教育局", canonical["北京市教育局"]);
        Assert.Equal("上海市教育局", canonical["上海市教育局"]);
    }
}
