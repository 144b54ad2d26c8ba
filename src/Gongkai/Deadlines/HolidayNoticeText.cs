using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Deadlines;

/// <summary>
/// Reads the text of a State Council General Office notice on a year's holidays (国务院办公厅关于YYYY年部分节假日安排的通知),
/// as published on gov.cn, into a <see cref="CalendarYear"/>. Each numbered item (一、元旦：…) must be read completely:
/// a sentence it cannot read, or a day count or weekday that disagrees with the dates, is refused with the line named,
/// never skipped, since a misread holiday would silently move statutory deadlines.
/// </summary>
public static partial class HolidayNoticeText
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>Parses and checks a notice; <paramref name="source"/> names the text in error messages.</summary>
    public static CalendarYear Parse(string text, string source = "通知全文")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Normalize(text).Split('\n');
        var joined = string.Concat(lines);
        var title = Title().Match(joined);
        if (!title.Success)
            throw new CalendarFileException($"{source}无法识别：找不到通知标题“国务院办公厅关于××××年部分节假日安排的通知”");
        var year = int.Parse(title.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = DocumentNumber().Match(joined) is { Success: true } n ? $"国办发明电〔{n.Groups[1].Value}〕{n.Groups[2].Value}号" : null;

        var holidays = new List<HolidayRange>();
        var makeup = new List<DateOnly>();
        for (var i = 0; i < lines.Length; i++)
        {
            // A notice pasted as one paragraph still has its items in order: read each on its own.
            foreach (var segment in ItemStart().Split(lines[i]))
            {
                if (!ItemOrdinal().IsMatch(segment))
                    continue;
                var item = new NoticeItem(source, i + 1, segment, year);
                if (item.Ordinal != holidays.Count + 1)
                    throw item.Unreadable($"应为第{Numerals[holidays.Count]}项，可能缺少或重复了一项");
                holidays.Add(item.ReadHoliday());
                makeup.AddRange(item.ReadMakeupWorkdays());
            }
        }
        if (holidays.Count == 0)
            throw new CalendarFileException($"{source}无法识别：没有找到“一、元旦：……”这样的放假安排条目");
        var notice = new CalendarNotice($"国务院办公厅关于{year}年部分节假日安排的通知", number);
        return CalendarYearFile.Check(new CalendarYear(year, [notice], holidays, makeup), source);
    }

    // Full-width punctuation and digits as ASCII, and no spaces, so the patterns need one spelling of each.
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (c == '\n')
                builder.Append(c);
            else if (char.IsWhiteSpace(c))
                continue;
            else if (c is >= '０' and <= '９')
                builder.Append((char)('0' + (c - '０')));
            else
                builder.Append(c switch { '：' => ':', '（' => '(', '）' => ')', '，' => ',', '；' => ';', _ => c });
        }
        return builder.ToString();
    }

    private sealed class NoticeItem
    {
        private readonly string source;
        private readonly int line;
        private readonly string text;
        private readonly int year;
        private readonly string name;
        private readonly List<string> sentences;

        public NoticeItem(string source, int line, string text, int year)
        {
            this.source = source;
            this.line = line;
            this.text = text;
            this.year = year;
            var match = Item().Match(text);
            if (!match.Success)
                throw Unreadable("条目应写成“序号、节日名称：日期放假……”");
            Ordinal = Numerals.IndexOf(match.Groups["ordinal"].Value, StringComparison.Ordinal) + 1;
            if (match.Groups["ordinal"].Value.Length != 1 || Ordinal == 0)
                throw Unreadable("条目序号无法识别");
            name = match.Groups["name"].Value;
            sentences = [.. match.Groups["body"].Value.Split('。', StringSplitOptions.RemoveEmptyEntries)];
        }

        public int Ordinal { get; }

        public HolidayRange ReadHoliday()
        {
            var sentence = sentences[0];
            var match = Holiday().Match(sentence);
            if (!match.Success)
                throw Unreadable($"放假日期应写成“1月1日放假”或“2月16日至22日放假调休，共7天”，无法读懂“{sentence}”");
            var first = Date(match.Groups["from"].Value, match.Groups["fromNote"].Value, year, null);
            var last = match.Groups["to"].Success
                ? Date(match.Groups["to"].Value, match.Groups["toNote"].Value, first.Year, first.Month)
                : first;
            if (last < first && !match.Groups["from"].Value.Contains('年', StringComparison.Ordinal))
                first = first.AddYears(-1);
            int? days = match.Groups["days"].Success ? Count(match.Groups["days"].Value) : null;
            var withWeekend = false;
            foreach (var part in match.Groups["tail"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Total().Match(part) is { Success: true } total)
                    days = Count(total.Groups[1].Value);
                else if (part == "与周末连休")
                    withWeekend = true;
                else if (part != "不调休")
                    throw Unreadable($"无法读懂“{part}”");
            }
            if (withWeekend)
                (first, last) = JoinWeekend(first, last);
            if (last < first)
                throw Unreadable("放假的结束日期早于开始日期");
            var span = last.DayNumber - first.DayNumber + 1;
            if (days is { } stated && stated != span)
                throw Unreadable($"写明共{stated}天，但 {Text(first)} 至 {Text(last)} 是 {span} 天");
            return new HolidayRange(name, first, last);
        }

        public IEnumerable<DateOnly> ReadMakeupWorkdays()
        {
            foreach (var sentence in sentences.Skip(1))
            {
                // Encouragements (鼓励……安排职工在除夕休息) advise employers; they set no rest day or working day.
                if (sentence.StartsWith("鼓励", StringComparison.Ordinal))
                    continue;
                var match = Makeup().Match(sentence);
                if (!match.Success)
                    throw Unreadable($"调休上班应写成“2月14日（星期日）、2月27日（星期六）上班”，无法读懂“{sentence}”");
                foreach (var day in match.Groups["day"].Captures.Zip(match.Groups["note"].Captures))
                    yield return Date(day.First.Value, day.Second.Value, year, null);
            }
        }

        public CalendarFileException Unreadable(string reason)
        {
            var excerpt = text.Length > 40 ? text[..40] + "……" : text;
            return new CalendarFileException($"{source}第 {line} 行无法识别：{reason}（该行为“{excerpt}”）");
        }

        // 1月1日, 2022年12月31日, or 6日 after a date that gave the month; a stated weekday must be the date's own.
        private DateOnly Date(string token, string note, int defaultYear, int? defaultMonth)
        {
            var match = DatePattern().Match(token);
            var explicitYear = match.Groups["y"].Success;
            var y = explicitYear ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : defaultYear;
            var m = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture)
                : defaultMonth ?? throw Unreadable($"日期“{token}”缺少月份");
            var d = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            // A December date in the New Year item belongs to the December before the notice's year.
            if (!explicitYear && defaultMonth is null && m == 12 && name == "元旦")
                y--;
            if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
                throw Unreadable($"日期“{token}”不存在");
            var date = new DateOnly(y, m, d);
            if (Weekday().Match(note) is { Success: true } stated && "周" + stated.Groups[1].Value.Replace('天', '日') != ChineseWeekday.Of(date))
                throw Unreadable($"{Text(date)} 是{ChineseWeekday.Of(date)}，与通知所写的“{stated.Value}”不符");
            return date;
        }

        // “与周末连休”: the single day joins the Saturday and Sunday next to it.
        private (DateOnly First, DateOnly Last) JoinWeekend(DateOnly first, DateOnly last) => (first.DayOfWeek, last.DayOfWeek) switch
        {
            (DayOfWeek.Monday, _) => (first.AddDays(-2), last),
            (_, DayOfWeek.Friday) => (first, last.AddDays(2)),
            _ => throw Unreadable($"“与周末连休”要求假日在周一或周五，{Text(first)} 是{ChineseWeekday.Of(first)}"),
        };

        private int Count(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw Unreadable($"天数“{digits}”无法识别");
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:国务院办公厅)?关于(\d{4})年部分节假日安排的通知")]
    private static partial Regex Title();

    [GeneratedRegex(@"国办发明电[〔\[(](\d{4})[〕\])](\d+)号")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"(?<=。)(?=[一二三四五六七八九十]+、[^:。]{1,12}:)|(?<=。)(?=节假日期间)")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex ItemOrdinal();

    [GeneratedRegex(@"^(?<ordinal>[一二三四五六七八九十]+)、(?<name>[^:]{1,20}):(?<body>.+)$")]
    private static partial Regex Item();

    private const string DateToken = @"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日";

    [GeneratedRegex(@"^(?<from>" + DateToken + @")(?<fromNote>\([^)]*\))?(?:至(?<to>" + DateToken + @")(?<toNote>\([^)]*\))?)?放假(?:调休)?(?:(?<days>\d+)天)?(?<tail>(?:,[^,]+)*)$")]
    private static partial Regex Holiday();

    [GeneratedRegex(@"^(?:(?<day>" + DateToken + @")(?<note>\([^)]*\)|)、?)+上班$")]
    private static partial Regex Makeup();

    [GeneratedRegex(@"^共(\d+)天$")]
    private static partial Regex Total();

    [GeneratedRegex(@"^(?:(?<y>\d{4})年)?(?:(?<m>\d{1,2})月)?(?<d>\d{1,2})日$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:周|星期)([一二三四五六日天])")]
    private static partial Regex Weekday();
}
