using System.Globalization;
using Gongkai.Web.Abuse;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The one error page for HTML requests: a Chinese sentence, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "出错了";

    public string Explanation { get; private set; } = "服务器处理请求时出现问题，请稍后再试。已经提交的内容不会丢失。";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (Heading, Explanation) = status switch
        {
            404 => ("页面不存在", "您访问的页面不存在，或链接已失效。"),
            400 => ("请求有误", "提交的内容无法处理，请检查后重试。"),
            413 => ("文件过大", "上传的文件超过了允许的大小。"),
            429 => ("操作过于频繁", $"短时间内的请求次数过多，{Wait()}"),
            _ => (Heading, Explanation),
        };
    }

    // The limiter's Retry-After survives the re-execution that brought the request here.
    private string Wait() => int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        ? $"请{ClientLimits.Wait(seconds)}后再试。"
        : "请稍后再试。";
}
