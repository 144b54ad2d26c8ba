using System.Globalization;
using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;
using Gongkai.Deadlines;

namespace Gongkai.Demo;

/// <summary>
/// A demo agency's applications: a few received late in 2024, a full <see cref="Year"/> of them and a handful in the
/// days before today, with every outcome of the formats file, every handling path and every applicant type. Each case
/// is driven through the entity's own transitions at explicit instants, so the data obeys every rule the workflow
/// enforces; steps that would fall after today are not taken, which leaves recent cases open where the date left them.
/// Names and numbers are invented (张某某, 某某科技有限公司, 演示…); the same agency index and day give the same cases.
/// </summary>
public static class DemoApplications
{
    public const int Year = 2025;

    private static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"];

    private static readonly (ApplicantType Type, string Name, string Document)[] Organisations =
    [
        (ApplicantType.Commercial, "某某科技有限公司", "统一社会信用代码"),
        (ApplicantType.Commercial, "某某建筑工程有限公司", "统一社会信用代码"),
        (ApplicantType.Research, "某某研究院", "统一社会信用代码"),
        (ApplicantType.SocialWelfare, "某某公益基金会", "统一社会信用代码"),
        (ApplicantType.LegalService, "某某律师事务所", "律师事务所执业许可证"),
        (ApplicantType.OtherOrganisation, "某某小区业主委员会", "备案证明"),
    ];

    private static readonly string[] Requests =
    [
        "{0}年度道路养护资金使用情况", "某某小区建设工程规划许可证及附图", "{0}年部门预算执行情况",
        "某某地块国有土地上房屋征收补偿方案", "某某学校{0}年招生计划及划片范围", "某某项目环境影响评价批复",
        "{0}年老旧小区综合整治项目清单", "某某街道垃圾分类设施建设合同", "{0}年行政处罚决定书目录",
    ];

    private static readonly Channel[] Channels =
        [Channel.InPerson, Channel.Portal, Channel.Online, Channel.SignedPost, Channel.Email, Channel.Fax, Channel.OrdinaryLetter];

    /// <summary>
    /// The agency's cases as of <paramref name="today"/>, numbered {code}-{year}-{6 digits} by year of receipt like
    /// the online intake. <paramref name="handler"/> acts; <paramref name="head"/> approves extensions.
    /// </summary>
    public static IReadOnlyList<DisclosureApplication> Generate(
        int agencyId, string agencyCode, int agencyIndex, long handler, long head, DateOnly today, WorkdayCalendar calendar)
    {
        var random = new Random((Year * 100) + agencyIndex);
        var plans = new List<(DateOnly Received, DemoCase Plan)>();
        // Late 2024: most concluded that year, the slow ones carried over into the demo year.
        plans.Add((new DateOnly(Year - 1, 11, 20), new DemoCase(DemoPath.Plain, DemoPlans.Granted, 2)));
        plans.Add((new DateOnly(Year - 1, 11, 27), new DemoCase(DemoPath.Plain, Outcomes.Partial, 2)));
        plans.Add((new DateOnly(Year - 1, 12, 5), new DemoCase(DemoPath.Extension, DemoPlans.Granted, 2)));
        plans.Add((new DateOnly(Year - 1, 12, 18), new DemoCase(DemoPath.Plain, DemoPlans.Granted, 2, 15)));
        plans.Add((new DateOnly(Year - 1, 12, 26), new DemoCase(DemoPath.ThirdParty, Outcomes.Partial, 2)));

        var year = DemoPlans.ForYear(random);
        for (var i = 0; i < year.Count; i++)
            plans.Add((new DateOnly(Year, 1, 2).AddDays((i * 362 / year.Count) + random.Next(0, 4)), year[i]));
        plans.AddRange(DemoPlans.Recent(today));

        var numbers = new Dictionary<int, int>();
        var cases = new List<DisclosureApplication>();
        foreach (var (index, (day, plan)) in plans.OrderBy(p => p.Received).Index())
        {
            var received = Workday(day, calendar);
            if (received > today)
                continue;
            numbers[received.Year] = numbers.GetValueOrDefault(received.Year) + 1;
            var number = string.Create(CultureInfo.InvariantCulture, $"{agencyCode}-{received.Year}-{numbers[received.Year]:D6}");
            var run = new DemoRun(received, today, calendar, handler, head);
            cases.Add(run.Drive(agencyId, number, Applicant(index, random), Request(random, received.Year), ChannelFor(plan, random), plan, random));
        }

        return cases;
    }

    private static Applicant Applicant(int index, Random random)
    {
        var serial = string.Create(CultureInfo.InvariantCulture, $"演示{index + 1:D6}");
        var email = string.Create(CultureInfo.InvariantCulture, $"demo{index + 1}@example.com");
        if (random.Next(3) > 0)
            return new(ApplicantType.NaturalPerson, Surnames[random.Next(Surnames.Length)] + "某某", "居民身份证", serial, null, email, null);
        var (type, name, document) = Organisations[random.Next(Organisations.Length)];
        return new(type, name, document, serial, null, email, "某某市某某区某某路1号");
    }

    private static RequestedInformation Request(Random random, int year) => new(
        string.Format(CultureInfo.InvariantCulture, Requests[random.Next(Requests.Length)], year - 1),
        random.Next(4) == 0 ? string.Create(CultureInfo.InvariantCulture, $"某政发〔{year - 1}〕{random.Next(1, 40)}号") : null,
        (InformationForm)random.Next(2),
        random.Next(2) == 0 ? DeliveryMethod.Email : DeliveryMethod.Post);

    private static Channel ChannelFor(DemoCase plan, Random random) =>
        plan.Path == DemoPath.Unconfirmed ? Channel.OrdinaryLetter : Channels[random.Next(Channels.Length)];

    /// <summary>The next working day from <paramref name="date"/>; a year not in the calendar falls back to weekdays.</summary>
    internal static DateOnly Workday(DateOnly date, WorkdayCalendar calendar)
    {
        while (calendar.Covers(date.Year) ? !calendar.IsWorkday(date) : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            date = date.AddDays(1);
        return date;
    }

    internal static bool IsReplyOutcome(string outcome) =>
        outcome is not (Outcomes.AbandonedNoCorrection or Outcomes.FeeUnpaid or Outcomes.WithdrawnOrOther or Outcomes.PendingAtYearEnd)
        && ReportFormats.Outcomes.Contains(outcome);
}
