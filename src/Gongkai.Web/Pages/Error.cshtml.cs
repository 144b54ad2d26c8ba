using System.Globalization;
using Gongkai.Web.Abuse;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The one error page for HTML requests: a Chinese sentence from <see cref="StatusTexts"/>, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    // A status page passes its status; after an exception the handler has already set the answer's.
    private void Describe(int? status)
    {
        var code = status ?? Response.StatusCode;
        (Heading, Explanation) = StatusTexts.Of(code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError);
        if (code == StatusCodes.Status404NotFound)
            Heading = "页面不存在";
        if (code == StatusCodes.Status429TooManyRequests)
            Explanation = $"短时间内的请求次数过多，{Wait()}";
    }

    // The limiter's Retry-After survives the re-execution that brought the request here.
    private string Wait() => int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        ? $"请{ClientLimits.Wait(seconds)}后再试。"
        : "请稍后再试。";
}
