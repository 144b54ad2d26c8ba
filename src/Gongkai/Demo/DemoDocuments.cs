using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.AnnualReports.Formats;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Publishing;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Demo;

/// <summary>
/// Gives each demo agency without documents two years of proactive disclosure, every document driven through the real
/// workflow on a clock moved to its days: drafted when formed, sent, approved by each step of the default chain on the
/// working days after, and published by its drafter (a few late, to show Art. 26). Every twelfth 规范性文件 is later
/// replaced by a revision that repeals or amends it; every thirtieth publication is withdrawn; the most recent ones
/// stay in review, returned or in draft, so the queues are not empty. Attachments are DOCX files with real text.
/// </summary>
public static class DemoDocuments
{
    public const int PerAgency = 160;

    private static readonly string[] Subjects =
        ["垃圾分类", "老旧小区综合整治", "养老服务", "防汛", "背街小巷环境整治", "社区卫生服务", "就业援助", "学前教育", "物业管理", "停车管理", "燃气安全", "冬季供暖"];

    public static async Task<int> LoadAsync(GongkaiDbContext db, AttachmentStore store, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var today = ChinaTime.Today(db.Time);
        var added = 0;
        var agencies = await db.Agencies.OrderBy(a => a.Id).ToListAsync(cancellation).ConfigureAwait(false);
        foreach (var agency in agencies)
        {
            var drafterLogin = DemoDistrict.LoginName(agency.Code, StaffRoles.Drafter);
            if (!await db.StaffUsers.AnyAsync(u => u.LoginName == drafterLogin, cancellation).ConfigureAwait(false)
                || await db.Documents.AnyAsync(d => d.AgencyId == agency.Id, cancellation).ConfigureAwait(false))
                continue;
            await PublishingWorkflow.EnsureCatalogueAsync(db, agency, cancellation).ConfigureAwait(false);
            added += await LoadAgencyAsync(db, store, agency.Id, agency.Code, today, cancellation).ConfigureAwait(false);
        }

        return added;
    }

    private static async Task<int> LoadAgencyAsync(GongkaiDbContext db, AttachmentStore store, int agencyId, string code, DateOnly today,
        CancellationToken cancellation)
    {
        var staff = await db.StaffUsers.Include(u => u.Agency).Where(u => u.AgencyId == agencyId).ToListAsync(cancellation).ConfigureAwait(false);
        StaffUser Holder(StaffRoles role) => staff.First(u => u.Roles.HasFlag(role));
        var drafter = Holder(StaffRoles.Drafter);
        var head = Holder(StaffRoles.OfficeHead);
        var categories = await db.CatalogueEntries.AsNoTracking().Where(e => e.AgencyId == agencyId && e.ParentId == null)
            .OrderBy(e => e.Position).Select(e => new { e.Id, e.StatutoryCode, e.Name }).ToListAsync(cancellation).ConfigureAwait(false);
        var calendar = WorkdayCalendar.Embedded;
        var clock = new DemoClock(db.Time.GetUtcNow());
        var workflow = new PublishingWorkflow(db, clock, store, [], NullLogger<PublishingWorkflow>.Instance);
        var random = new Random(agencyId * 7919);
        var start = today.AddYears(-2);
        var span = today.DayNumber - start.DayNumber;
        // Section 二's other tables come from other systems; the demo's office head enters them as none for each year,
        // so a compiled demo report is complete rather than missing those rows.
        for (var year = start.Year; year <= today.Year; year++)
        {
            var none = ProactiveCounting.EnteredCells(ReportFormats.ForYear(year))
                .ToDictionary(c => (c.Table.Id, c.Row.Id, c.Column.Id), _ => (decimal?)0m);
            await workflow.SetFiguresAsync(head, year, none, cancellation).ConfigureAwait(false);
        }

        var normatives = new List<long>();
        for (var i = 0; i < PerAgency; i++)
        {
            var formed = Workday(start.AddDays(i * span / PerAgency), calendar);
            var normative = i % 4 == 0;
            var category = normative ? categories[0] : categories[1 + random.Next(categories.Count - 1)];
            var subject = Subjects[random.Next(Subjects.Length)];
            long? replaces = normative && normatives.Count > 0 && i % 12 == 0 ? normatives[^1] : null;
            var title = normative
                ? $"关于印发《{subject}工作管理办法{(replaces is null ? "" : "（修订）")}》的通知"
                : $"{formed.Year}年{subject}{category.Name[..Math.Min(6, category.Name.Length)]}情况";
            var number = normative ? $"{code}发〔{formed.Year}〕{i + 1}号" : null;
            var draft = new DocumentDraft(category.Id, title, null, formed, null, number, subject, normative ? DocumentKind.NormativeDocument : DocumentKind.Other,
                $"<p>各有关单位：</p><p>为做好{subject}工作，现将有关事项通知如下。</p><p>一、明确责任分工。二、加强督促检查。三、及时公开进展。</p>",
                i % 25 == 7 ? DisclosureMode.OnRequest : DisclosureMode.Proactive, null, replaces, replaces is null ? null : i % 24 == 0 ? DocumentValidity.Repealed : DocumentValidity.Amended);
            Set(clock, formed, 9);
            var attachment = new AttachmentUpload($"{subject}工作方案.docx", Docx(title, subject));
            var document = await workflow.CreateAsync(drafter, draft, [attachment], cancellation).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            // The most recent documents stop part-way, as real work does.
            var stopAt = i >= PerAgency - 3 ? 0 : i >= PerAgency - 8 ? 1 + (i % 5) : int.MaxValue;
            var day = formed;
            if (stopAt == 0)
                continue;
            day = Workday(day.AddDays(1), calendar);
            Set(clock, day, 10);
            await workflow.SubmitAsync(drafter, document.Id, null, cancellation).ConfigureAwait(false);
            var decided = 0;
            foreach (var stage in ReviewChain.Default)
            {
                if (decided >= stopAt || day > today)
                    break;
                day = Workday(day.AddDays(1 + random.Next(2)), calendar);
                Set(clock, day, 15);
                var returned = stopAt != int.MaxValue && decided == stopAt - 1 && i % 2 == 0;
                await workflow.DecideAsync(Holder(stage.Role), document.Id, null, !returned, returned ? "请补充政策依据和解读材料" : "同意", cancellation)
                    .ConfigureAwait(false);
                decided++;
                if (returned)
                    break;
            }

            if (decided < ReviewChain.Default.Count || draft.Attribute != DisclosureMode.Proactive)
                continue;
            // Most publish within the 20 working days; one in fifteen runs late.
            day = i % 15 == 4 ? PublicationDeadline.Due(formed, calendar).Due.AddDays(3) : Workday(day.AddDays(1), calendar);
            if (day > today)
                continue;
            Set(clock, day, 16);
            await workflow.PublishAsync(drafter, document.Id, null, cancellation).ConfigureAwait(false);
            if (normative)
                normatives.Add(document.Id);
            if (i % 30 == 11 && Workday(day.AddDays(3), calendar) is var withdrawOn && withdrawOn <= today)
            {
                Set(clock, withdrawOn, 11);
                await workflow.WithdrawAsync(head, document.Id, null, "附件内容有误，撤回后更正", cancellation).ConfigureAwait(false);
            }
        }

        return PerAgency;
    }

    private static void Set(DemoClock clock, DateOnly day, int hour) =>
        clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private static DateOnly Workday(DateOnly day, WorkdayCalendar calendar)
    {
        while (calendar.Covers(day.Year) ? !calendar.IsWorkday(day) : day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            day = day.AddDays(1);
        return day;
    }

    private static byte[] Docx(string title, string subject)
    {
        using var stream = new MemoryStream();
        using (var docx = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            string[] lines =
            [
                title,
                $"一、工作目标。围绕{subject}，坚持问题导向，推动各项措施落地见效。",
                $"二、主要任务。各社区、各科室按照职责分工，于每季度末报送{subject}工作进展。",
                "三、保障措施。加强组织领导，落实经费保障，做好政策解读和信息公开。",
                string.Create(CultureInfo.InvariantCulture, $"联系电话：010-8{subject.Length:D3}6{title.Length:D3}"),
            ];
            docx.AddMainDocumentPart().Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l))))));
        }

        return stream.ToArray();
    }
}
