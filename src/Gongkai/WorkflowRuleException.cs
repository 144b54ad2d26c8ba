namespace Gongkai;

/// <summary>
/// A business rule refused an action (an illegal transition, a second extension). <see cref="Code"/> is stable and
/// machine-readable (it becomes the ProblemDetails extension under /api); the message is one plain Chinese sentence
/// for staff.
/// </summary>
public sealed class WorkflowRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
