using Gongkai.Agencies;
using Gongkai.Letters;
using Gongkai.Tests.Letters;
using static Gongkai.Tests.Applications.CaseBuilder;

namespace Gongkai.Tests.Agencies;

public class RemedyBodiesTests
{
    private const string District = "北京市朝阳区人民政府";

    // The agency, the government above it (if the hierarchy has one), and the body and court its letters name:
    // 行政复议法 2023 Art. 24 para 1 (一)–(三) for the body, 行政诉讼法 Arts. 14–15 for the court.
    public static TheoryData<AgencyKind, string?, string?, string?> Hierarchy => new()
    {
        { AgencyKind.Department, District, District, "北京市朝阳区人民法院" },
        { AgencyKind.StreetOffice, District, District, "北京市朝阳区人民法院" },
        { AgencyKind.TownGovernment, "河北省某某县人民政府", "河北省某某县人民政府", "河北省某某县人民法院" },
        // A district government answers to the city above it, and is sued before an intermediate court nobody can guess.
        { AgencyKind.Government, "北京市人民政府", "北京市人民政府", null },
        { AgencyKind.Government, null, null, null },
        // A department of a city government: the city hears it, but which basic court is not the hierarchy's to say.
        { AgencyKind.Department, "某某市人民政府", "某某市人民政府", null },
        { AgencyKind.Department, null, null, null },
        // Vertically managed and other bodies (行政复议法 Art. 27) are always set by their administrator.
        { AgencyKind.Other, District, null, null },
    };

    [Theory]
    [MemberData(nameof(Hierarchy))]
    public void TheHierarchyGivesTheBodyAndTheCourtWhereTheLawDoes(AgencyKind kind, string? government, string? body, string? court)
    {
        var parent = government is null ? null : new Agency(government, "GOV", AgencyKind.Government);

        var bodies = RemedyBodies.Of(new Agency("某某机关", "JG", kind, parent));

        Assert.Equal((body, court), (bodies.ReconsiderationBody, bodies.Court));
        Assert.NotEmpty(bodies.ReconsiderationSource);
        Assert.NotEmpty(bodies.CourtSource);
    }

    [Fact]
    public void WhatTheAdministratorSetIsNamedInstead()
    {
        var agency = new Agency("国家税务总局北京市朝阳区税务局", "SW", AgencyKind.Other, new Agency(District, "CY", AgencyKind.Government));
        agency.ChangeSettings("国家税务总局北京市税务局", "北京铁路运输法院", feeWaitPausesClock: true);

        var bodies = RemedyBodies.Of(agency);

        Assert.Equal(("国家税务总局北京市税务局", "本机关设置", "北京铁路运输法院", "本机关设置"),
            (bodies.ReconsiderationBody, bodies.ReconsiderationSource, bodies.Court, bodies.CourtSource));
    }

    [Fact]
    public void AGovernmentLetterIsRefusedUntilItsBodyIsSetAndNeverNamesItselfAsTheBody()
    {
        var district = new Agency(District, "CY", AgencyKind.Government);

        var error = Assert.Throws<WorkflowRuleException>(() =>
            LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), district, LetterCases.IssuedOn));

        Assert.Equal("letter.remedy-body-required", error.Code);
        Assert.Contains("本系统中没有本机关的上一级人民政府", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALetterNamingACourtIsRefusedUntilTheCourtIsKnownButARefusalToDiscloseNeedsNone()
    {
        var district = new Agency(District, "CY", AgencyKind.Government, new Agency("北京市人民政府", "BJ", AgencyKind.Government));

        var error = Assert.Throws<WorkflowRuleException>(() =>
            LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), district, LetterCases.IssuedOn));
        var withheld = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied("art16_process_info"), district, LetterCases.IssuedOn,
            new LetterDetails { Reason = "该信息是尚未定稿的讨论稿" });

        Assert.Equal("letter.remedy-court-required", error.Code);
        Assert.Contains("中级人民法院", error.Message, StringComparison.Ordinal);
        Assert.Contains("应当先在收到本答复之日起60日内向北京市人民政府申请行政复议", withheld.RemedyNotice, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyOrCourtLeftEmptyGoesBackToTheHierarchy()
    {
        var agency = new Agency("北京市朝阳区教育委员会", "CYJW", AgencyKind.Department, new Agency(District, "CY", AgencyKind.Government));
        agency.ChangeSettings("某某", "某某法院", feeWaitPausesClock: true);

        agency.ChangeSettings("  ", "", feeWaitPausesClock: true);

        Assert.Equal((District, "北京市朝阳区人民法院"), (RemedyBodies.Of(agency).ReconsiderationBody, RemedyBodies.Of(agency).Court));
    }
}
