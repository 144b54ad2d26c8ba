using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

/// <summary>
/// The applications host with staff of two agencies and cases received on chosen days, and a signed-in client.
/// The host's clock stands at Monday 2025-03-03, 09:30 Beijing time.
/// </summary>
internal sealed partial class StaffCasesHost : IAsyncDisposable
{
    public const string Password = "correct-horse-battery";

    private StaffCasesHost(ApplicationsHost host) => Host = host;

    public ApplicationsHost Host { get; }

    public HttpClient Client { get; private set; } = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<StaffCasesHost> StartAsync()
    {
        var host = new StaffCasesHost(await ApplicationsHost.StartAsync());
        await host.Host.WithDatabaseAsync(async db =>
        {
            await db.AddStaffAsync("NMF", "nmf-handler", "承办人甲", StaffRoles.Handler, Password, null, Cancellation);
            await db.AddStaffAsync("NMF", "nmf-head", "负责人乙", StaffRoles.Handler | StaffRoles.OfficeHead, Password, null, Cancellation);
            await db.AddStaffAsync("CY", "cy-handler", "区政府承办人", StaffRoles.Handler, Password, null, Cancellation);
        });
        host.Client = host.Host.CreateClient();
        return host;
    }

    /// <summary>A case handed in at the counter (Art. 31 (一)) at 09:00 Beijing time on <paramref name="receivedOn"/>.</summary>
    public async Task<string> AddCaseAsync(string number, DateOnly receivedOn, string agencyCode = "NMF")
    {
        await Host.WithDatabaseAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode, Cancellation);
            var arrived = receivedOn.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
            db.Applications.Add(DisclosureApplication.Submit(agency.Id, number,
                new Applicant(ApplicantType.Commercial, "某某科技有限公司", "统一社会信用代码", "91110105MA00000000", "010-12345678", null, null),
                new RequestedInformation("2024年道路养护资金使用情况", null, InformationForm.Electronic, DeliveryMethod.Email),
                Channel.InPerson, arrived, null, ApplicationWorkflow.Applicant));
            await db.SaveChangesAsync(Cancellation);
        });
        return number;
    }

    public async Task SignInAsync(string login)
    {
        var page = await Client.GetStringAsync("/staff/login", Cancellation);
        using var form = new FormUrlEncodedContent(
            [new("LoginName", login), new("Password", Password), new("__RequestVerificationToken", Token(page))]);
        using var response = await Client.PostAsync("/staff/login", form, Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts a form of the case page with its antiforgery token and the case version shown.</summary>
    public async Task<HttpResponseMessage> PostAsync(string number, string handler, params (string Name, string Value)[] fields)
    {
        var page = await Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        form.Add(new("__RequestVerificationToken", Token(page)));
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync($"/staff/cases/{number}?handler={handler}", content, Cancellation);
    }

    /// <summary>Posts the letter form of the case page (details are never sent in the address).</summary>
    public async Task<HttpResponseMessage> PostLetterAsync(string number, string file, params (string Name, string Value)[] fields)
    {
        // Any staff page carries the token (the sign-out form), so a case the user may not see can be tried too.
        var page = await Client.GetStringAsync("/staff", Cancellation);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        form.Add(new("__RequestVerificationToken", Token(page)));
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync($"/staff/cases/{number}/letters/{file}", content, Cancellation);
    }

    /// <summary>
    /// Decides the reply as staff do: the letter is previewed on the reply page, then issued with the digest of the
    /// preview and the case version it showed. Returns the issuing response (a redirect to the case when it worked).
    /// </summary>
    public async Task<HttpResponseMessage> ReplyAsync(string number, string outcome, params (string Name, string Value)[] fields)
    {
        var preview = await PreviewReplyAsync(number, outcome, fields);
        return await IssueReplyAsync(number, outcome, await preview.Content.ReadAsStringAsync(Cancellation), fields);
    }

    public Task<HttpResponseMessage> PreviewReplyAsync(string number, string outcome, params (string Name, string Value)[] fields) =>
        PostFormAsync($"/staff/cases/{number}/reply?handler=Preview", [("outcome", outcome), .. fields]);

    /// <summary>Issues what <paramref name="previewPage"/> previewed, with its digest and the version it was drawn from.</summary>
    public Task<HttpResponseMessage> IssueReplyAsync(string number, string outcome, string previewPage, params (string Name, string Value)[] fields) =>
        PostFormAsync($"/staff/cases/{number}/reply?handler=Issue",
            [("outcome", outcome), ("version", VersionField().Match(previewPage).Groups[1].Value),
             ("previewed", PreviewedField().Match(previewPage).Groups[1].Value), .. fields]);

    /// <summary>The antiforgery token of the signed-in user, read from the staff home page's sign-out form.</summary>
    public async Task<string> TokenAsync() => Token(await Client.GetStringAsync("/staff", Cancellation));

    /// <summary>Posts a form to any staff page with the signed-in user's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        form.Add(new("__RequestVerificationToken", await TokenAsync()));
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(path, content, Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await Host.DisposeAsync();
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("name=\"previewed\" value=\"([0-9a-f]+)\"")]
    private static partial Regex PreviewedField();
}
