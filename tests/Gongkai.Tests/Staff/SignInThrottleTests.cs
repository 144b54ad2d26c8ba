using System.Net;
using Gongkai.Staff;

namespace Gongkai.Tests.Staff;

public sealed class SignInThrottleTests
{
    private static readonly DateTime Start = new(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FourFailuresAreForgivenAndTheFifthMakesTheAddressWaitOneMinute()
    {
        var throttle = new SignInThrottle("li.si", "203.0.113.5");
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            throttle.RecordFailure(Start);
            Assert.Null(throttle.WaitLeft(Start));
        }

        throttle.RecordFailure(Start);

        Assert.Equal(TimeSpan.FromMinutes(1), throttle.WaitLeft(Start));
        Assert.Null(throttle.WaitLeft(Start.AddMinutes(1)));
    }

    [Theory]
    [InlineData(6, 2)]
    [InlineData(7, 4)]
    [InlineData(10, 32)]
    [InlineData(11, 60)]
    [InlineData(40, 60)]
    public void EachFurtherFailureDoublesTheWaitUpToAnHour(int failures, int minutes)
    {
        var throttle = new SignInThrottle("li.si", "203.0.113.5");
        for (var i = 0; i < failures; i++)
            throttle.RecordFailure(Start);

        Assert.Equal(TimeSpan.FromMinutes(minutes), throttle.WaitLeft(Start));
    }

    [Fact]
    public void FailuresADayOldAreForgotten()
    {
        var throttle = new SignInThrottle("li.si", "203.0.113.5");
        for (var i = 0; i < 8; i++)
            throttle.RecordFailure(Start);
        var later = Start + SignInThrottle.ForgetAfter + TimeSpan.FromMinutes(1);

        throttle.RecordFailure(later);

        Assert.Equal(1, throttle.Failures);
        Assert.Null(throttle.WaitLeft(later));
    }

    [Theory]
    [InlineData("203.0.113.5", "203.0.113.5")]
    [InlineData("::ffff:203.0.113.5", "203.0.113.5")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void AddressesAreCountedPerHostAndIPv6PerSlash64(string address, string counted) =>
        Assert.Equal(counted, SignInThrottle.AddressOf(IPAddress.Parse(address)));

    [Fact]
    public void TheLoginNameIsKeptOnlyAsAHashThatIgnoresCaseAndSpaces()
    {
        var throttle = new SignInThrottle(" Li.Si ", "203.0.113.5");

        Assert.Equal(SignInThrottle.KeyOf("li.si"), throttle.LoginKey);
        Assert.DoesNotContain("li.si", throttle.LoginKey, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(SignInThrottle.KeyOf("li.wu"), throttle.LoginKey);
    }
}
