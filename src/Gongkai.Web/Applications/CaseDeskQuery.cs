using System.Globalization;
using System.Text;
using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;
using Gongkai.Staff;
using Gongkai.Web.Pages.Staff.Cases;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Applications;

/// <summary>
/// The desk's filters as the address carries them (/staff/cases?q=…&amp;state=…, and GET /api/staff/cases): read into
/// a <see cref="CaseDeskFilter"/>, written back as links, and described in words on the 台账. The page ignores a value
/// it does not know; the API refuses it (<see cref="Errors"/>).
/// </summary>
public sealed record CaseDeskQuery
{
    /// <summary>The states, keyed by their query value: the three groups, then each status.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> States =
    [
        ("open", "未办结"), ("concluded", "已办结"), ("all", "全部"),
        .. Enum.GetValues<ApplicationStatus>().Select(s => (s.ToString(), s.Label())),
    ];

    /// <summary>搜索: part of the 受理编号, of the applicant's name, or of the request.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [FromQuery(Name = "state")]
    public string? State { get; init; }

    [FromQuery(Name = "channel")]
    public string? Channel { get; init; }

    [FromQuery(Name = "outcome")]
    public string? Outcome { get; init; }

    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>承办人: a staff id, <see cref="IndexModel.Mine"/> or <see cref="IndexModel.Nobody"/>.</summary>
    [FromQuery(Name = "assignee")]
    public string? Handler { get; init; }

    /// <summary>A clock filter (<see cref="IndexModel.ClockFilters"/>); "concluded" is kept for links made before the state filter.</summary>
    [FromQuery(Name = "filter")]
    public string? Filter { get; init; }

    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    public CaseDeskFilter ToFilter(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (state, status) = ParseState();
        int? handlerId = Handler == IndexModel.Mine ? user.Id
            : int.TryParse(Handler, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return new CaseDeskFilter
        {
            Search = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            State = state,
            Status = status,
            Channel = ParseChannel(),
            Outcome = ReportFormats.Outcomes.Contains(Outcome ?? "") ? Outcome : null,
            Year = Year is >= 2000 and <= 9999 ? Year : null,
            HandlerId = handlerId,
            Unassigned = Handler == IndexModel.Nobody,
            Clock = IndexModel.ClockFilters.Where(f => f.Key == Filter).Select(f => (CaseDeskClock?)f.Clock).FirstOrDefault(),
            Page = Page ?? 1,
        };
    }

    /// <summary>The values the desk does not know, by field, in the words of a ProblemDetails.</summary>
    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (State is not null && States.All(s => s.Key != State))
            errors["state"] = [$"办理状态“{State}”无效，可选：{string.Join("、", States.Select(s => s.Key))}"];
        if (Channel is not null && ParseChannel() is null)
            errors["channel"] = [$"收到方式“{Channel}”无效，可选：{string.Join("、", Enum.GetNames<Channel>())}"];
        if (Outcome is not null && !ReportFormats.Outcomes.Contains(Outcome))
            errors["outcome"] = [$"办理结果“{Outcome}”不是规定的办理结果之一"];
        if (Year is not null and not (>= 2000 and <= 9999))
            errors["year"] = ["年份应为四位数字"];
        if (Handler is not null && Handler is not (IndexModel.Mine or IndexModel.Nobody) && !int.TryParse(Handler, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            errors["assignee"] = [$"承办人应为工作人员编号、{IndexModel.Mine} 或 {IndexModel.Nobody}"];
        if (Filter is not null && Filter != "concluded" && IndexModel.ClockFilters.All(f => f.Key != Filter))
            errors["filter"] = [$"期限筛选“{Filter}”无效，可选：{string.Join("、", IndexModel.ClockFilters.Select(f => f.Key))}"];
        if (Page is < 1)
            errors["page"] = ["页码应从 1 开始"];
        return errors;
    }

    /// <summary>These filters with one changed (null or empty removes it) and the page reset.</summary>
    public CaseDeskQuery With(string name, string? value)
    {
        var v = string.IsNullOrEmpty(value) ? null : value;
        var changed = name switch
        {
            "q" => this with { Q = v },
            "state" => this with { State = v },
            "channel" => this with { Channel = v },
            "outcome" => this with { Outcome = v },
            "year" => this with { Year = v is null ? null : int.Parse(v, CultureInfo.InvariantCulture) },
            "assignee" => this with { Handler = v },
            "filter" => this with { Filter = v },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a desk filter."),
        };
        return changed with { Page = null };
    }

    /// <summary>The filters as a query string ("" when none), with a page handler first if given.</summary>
    public string QueryString(string? handler = null)
    {
        var parts = new List<string>();
        if (handler is not null)
            parts.Add("handler=" + handler);
        Add(parts, "q", Q);
        Add(parts, "state", State);
        Add(parts, "channel", Channel);
        Add(parts, "outcome", Outcome);
        Add(parts, "year", Year?.ToString(CultureInfo.InvariantCulture));
        // "handler" is the page handler's name on the address, so the 承办人 filter travels as "assignee".
        Add(parts, "assignee", Handler);
        Add(parts, "filter", Filter);
        Add(parts, "page", Page is > 1 ? Page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    /// <summary>The filters in words, for the 台账's subtitle.</summary>
    public string Describe(StaffUser user, IReadOnlyList<HandlerChoice> handlers, int year)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(handlers);
        var filter = ToFilter(user);
        var text = new StringBuilder("办理状态：").Append(States.First(s => s.Key == StateKey(filter)).Label);
        if (filter.Channel is { } channel)
            text.Append("；收到方式：").Append(channel.Label());
        if (filter.Outcome is { } outcome)
            text.Append("；办理结果：").Append(OutcomeChoices.Label(outcome, filter.Year ?? year));
        if (filter.Year is { } received)
            text.Append(CultureInfo.InvariantCulture, $"；{received} 年收到");
        if (filter.Unassigned)
            text.Append("；尚未分派承办人");
        else if (filter.HandlerId is { } id)
            text.Append("；承办人：").Append(handlers.FirstOrDefault(h => h.Id == id)?.Name ?? "（已停用的账号）");
        if (filter.Clock is { } clock)
            text.Append('；').Append(IndexModel.ClockFilters.First(f => f.Clock == clock).Label);
        if (filter.Search is { } search)
            text.Append("；搜索：").Append(search);
        return text.ToString();
    }

    private static string StateKey(CaseDeskFilter filter) => filter.State switch
    {
        CaseDeskState.Open => "open",
        CaseDeskState.Concluded => "concluded",
        CaseDeskState.All => "all",
        CaseDeskState.Status => filter.Status!.Value.ToString(),
    };

    private (CaseDeskState, ApplicationStatus?) ParseState() => (State ?? (Filter == "concluded" ? "concluded" : null)) switch
    {
        "concluded" => (CaseDeskState.Concluded, null),
        "all" => (CaseDeskState.All, null),
        { } name when Enum.TryParse<ApplicationStatus>(name, out var status) && Enum.IsDefined(status) && !int.TryParse(name, out _)
            => (CaseDeskState.Status, status),
        _ => (CaseDeskState.Open, null),
    };

    private Channel? ParseChannel() =>
        Enum.TryParse<Channel>(Channel, out var channel) && Enum.IsDefined(channel) && !int.TryParse(Channel, out _) ? channel : null;

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            parts.Add(name + "=" + Uri.EscapeDataString(value));
    }
}
