namespace Gongkai.Web;

/// <summary>
/// The Chinese words for every status Gongkai answers with: the title of an API ProblemDetails and the heading and
/// sentence of the HTML error page, kept in one table so both say the same.
/// </summary>
public static class StatusTexts
{
    public static (string Title, string Explanation) Of(int status) => status switch
    {
        400 => ("请求有误", "提交的内容无法处理，请检查后重试。"),
        401 => ("需要登录", "请先登录后再访问。"),
        403 => ("无权访问", "您没有权限访问这里。"),
        404 => ("未找到", "您访问的页面或记录不存在，或链接已失效。"),
        405 => ("不支持该请求方法", "这个地址不接受这种请求方式。"),
        406 => ("无法提供所要求的格式", "请求的格式不受支持。"),
        408 => ("请求超时", "请求用时过长，请重试。"),
        409 => ("不能办理", "这项操作与当前状态冲突，请刷新后重试。"),
        411 => ("缺少内容长度", "请求缺少 Content-Length。"),
        413 => ("文件过大", "上传的文件或提交的内容超过了允许的大小。"),
        414 => ("地址过长", "请求的地址过长。"),
        415 => ("不支持的内容类型", "提交的内容类型不受支持。"),
        422 => ("内容无法处理", "提交的内容无法处理，请检查后重试。"),
        429 => ("操作过于频繁", "短时间内的请求次数过多，请稍后再试。"),
        503 => ("服务暂不可用", "服务暂时不可用，请稍后再试。"),
        >= 500 => ("服务器出错", "服务器处理请求时出现问题，请稍后再试。已经提交的内容不会丢失。"),
        _ => ("请求未能完成", "请求未能完成，请检查后重试。"),
    };
}
