namespace Gongkai.Letters;

/// <summary>
/// A ground for withholding (Art. 36 (三) with Arts. 14–16): the provision it rests on, and how the letter says the
/// information falls under it, as the predicate of a sentence (…属于依法确定为国家秘密的政府信息).
/// </summary>
public sealed record WithheldGround(string Article, string Predicate);
