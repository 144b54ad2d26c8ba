using Gongkai.Agencies;
using Gongkai.Staff;

namespace Gongkai.Tests.Staff;

public sealed class StaffUserPasswordTests
{
    private static StaffUser User() =>
        new(new Agency("朝阳区人民政府", "CY", AgencyKind.Government), "li.si", "李四", StaffRoles.Handler, "correct-horse");

    [Fact]
    public void OnlyTheRightPasswordPasses()
    {
        var user = User();

        Assert.True(user.VerifyPassword("correct-horse"));
        Assert.False(user.VerifyPassword("Correct-horse"));
    }

    [Fact]
    public void ADisabledUserNeverPasses()
    {
        var user = User();
        user.Disabled = true;

        Assert.False(user.VerifyPassword("correct-horse"));
    }

    [Fact]
    public void ANewPasswordReplacesTheOldAndChangesTheSecurityStamp()
    {
        var user = User();
        var stamp = user.SecurityStamp;

        user.SetPassword("battery-staple");

        Assert.False(user.VerifyPassword("correct-horse"));
        Assert.True(user.VerifyPassword("battery-staple"));
        Assert.NotEqual(stamp, user.SecurityStamp);
    }

    [Fact]
    public void RevokingSessionsChangesTheStampButNotThePassword()
    {
        var user = User();
        var stamp = user.SecurityStamp;

        user.RevokeSessions();

        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.True(user.VerifyPassword("correct-horse"));
    }

    [Fact]
    public void AShortPasswordIsRefused() =>
        Assert.Throws<InvalidValueException>(() => User().SetPassword("short"));

    [Theory]
    [InlineData("Ab")]
    [InlineData("zhang san")]
    [InlineData("张三")]
    public void MalformedLoginNamesAreRefused(string login) =>
        Assert.Throws<InvalidValueException>(() => new StaffUser(new Agency("某机关", "MJ", AgencyKind.Other), login, "某人", StaffRoles.Handler, "long-enough"));
}
