using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web;

/// <summary>
/// Model binding's own messages (a value that is not a number or not an option) in Chinese, like the DataAnnotations
/// ones. The typed value is never repeated back: it may be hostile or personal.
/// </summary>
public static class ChineseBindingMessages
{
    public static void Apply(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"“{field}”的值无效，请重新选择或填写");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "填写的值无效");
        messages.SetUnknownValueIsInvalidAccessor(field => $"“{field}”的值无效，请重新选择或填写");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效");
        messages.SetValueIsInvalidAccessor(_ => "填写的值无效");
        messages.SetValueMustBeANumberAccessor(field => $"“{field}”应为数字");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "应为数字");
        messages.SetValueMustNotBeNullAccessor(field => $"请填写“{field}”");
        messages.SetMissingBindRequiredValueAccessor(field => $"请填写“{field}”");
        messages.SetMissingKeyOrValueAccessor(() => "缺少必填的值");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空");
    }
}
