using Gongkai.Applications;
using Gongkai.Deadlines;
using Microsoft.Extensions.Time.Testing;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Applications;

/// <summary>
/// Builds cases on a fake clock that only moves forward: <see cref="On"/> sets the time to a CST date and hour and
/// returns the UTC instant the entity's methods take. The static helpers build finished cases for the statistics.
/// </summary>
internal sealed class CaseBuilder
{
    public const long Clerk = 7;
    public const long OfficeHead = 3;
    public const string Disclosed = "art36_2_disclosed";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static WorkdayCalendar Calendar => WorkdayCalendar.Embedded;

    public DateOnly Today => ChinaTime.Today(time);

    /// <summary>Moves the fake clock to <paramref name="hour"/>:00 Beijing time on <paramref name="date"/>.</summary>
    public DateTime On(string date, int hour = 10)
    {
        time.SetUtcNow(new DateTimeOffset(D(date).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)));
        return time.GetUtcNow().UtcDateTime;
    }

    public static Applicant Applicant(ApplicantType type = ApplicantType.NaturalPerson) =>
        new(type, type == ApplicantType.NaturalPerson ? "张三" : "某某有限公司", "居民身份证", "110101199001011234", "13800000000", null, null);

    public static RequestedInformation Request { get; } =
        new("2024年度道路养护资金使用情况", "某交发〔2024〕12号", InformationForm.Electronic, DeliveryMethod.Email);

    /// <summary>An application handed in at the counter on <paramref name="date"/>, so received that day (Art. 31).</summary>
    public DisclosureApplication Receive(string date, ApplicantType type = ApplicantType.NaturalPerson, long id = 0)
    {
        var at = On(date);
        var application = DisclosureApplication.Submit(1, $"GK{id:D6}", Applicant(type), Request, Channel.InPerson, at, null, Clerk);
        // The data layer sets the id; tests stand in for it, through the private setter as EF Core would.
        typeof(DisclosureApplication).GetProperty(nameof(DisclosureApplication.Id))!.SetValue(application, id);
        return application;
    }

    public static DisclosureApplication Replied(long id, ApplicantType type, string received, string replied, string outcome)
    {
        var b = new CaseBuilder();
        var application = b.Receive(received, type, id);
        application.RecordReply(b.On(replied), Clerk, outcome, null);
        return application;
    }

    public static DisclosureApplication Open(long id, ApplicantType type, string received) => new CaseBuilder().Receive(received, type, id);
}
