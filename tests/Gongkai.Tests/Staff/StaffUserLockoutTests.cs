using Gongkai.Agencies;
using Gongkai.Staff;

namespace Gongkai.Tests.Staff;

public sealed class StaffUserLockoutTests
{
    private static readonly DateTime Start = new(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc);

    private static StaffUser User() =>
        new(new Agency("朝阳区人民政府", "CY", AgencyKind.Government), "li.si", "李四", StaffRoles.Handler, "correct-horse");

    [Fact]
    public void FiveFailuresWithinFifteenMinutesLockTheAccount()
    {
        var user = User();
        for (var i = 0; i < 5; i++)
            Assert.False(user.TrySignIn("wrong", Start.AddMinutes(i)));

        Assert.True(user.IsLockedOut(Start.AddMinutes(5)));
        Assert.False(user.TrySignIn("correct-horse", Start.AddMinutes(5)));
        Assert.True(user.TrySignIn("correct-horse", Start.AddMinutes(4 + 15 + 1)));
    }

    [Fact]
    public void FailuresSpreadOverMoreThanTheWindowDoNotLock()
    {
        var user = User();
        for (var i = 0; i < 8; i++)
            Assert.False(user.TrySignIn("wrong", Start.AddMinutes(i * 4)));

        Assert.False(user.IsLockedOut(Start.AddMinutes(29)));
        Assert.True(user.TrySignIn("correct-horse", Start.AddMinutes(29)));
    }

    [Fact]
    public void ASuccessfulSignInClearsEarlierFailures()
    {
        var user = User();
        for (var i = 0; i < 4; i++)
            user.TrySignIn("wrong", Start);
        Assert.True(user.TrySignIn("correct-horse", Start));

        Assert.False(user.TrySignIn("wrong", Start));
        Assert.False(user.IsLockedOut(Start));
    }

    [Fact]
    public void ADisabledUserCannotSignIn()
    {
        var user = User();
        user.Disabled = true;

        Assert.False(user.TrySignIn("correct-horse", Start));
    }

    [Theory]
    [InlineData("Ab")]
    [InlineData("zhang san")]
    [InlineData("张三")]
    public void MalformedLoginNamesAreRefused(string login) =>
        Assert.Throws<InvalidValueException>(() => new StaffUser(new Agency("某机关", "MJ", AgencyKind.Other), login, "某人", StaffRoles.Handler, "long-enough"));
}
