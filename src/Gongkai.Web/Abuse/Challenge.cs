namespace Gongkai.Web.Abuse;

/// <summary>
/// 验证题: an arithmetic question and the signed token that carries its answer, its expiry and the client it was
/// asked of; sent back with the answer, once.
/// </summary>
public sealed record Challenge(string Question, string Token);
