namespace Gongkai.Publishing;

/// <summary>A file as it arrives from a form, the command line or the demo, before its type is checked.</summary>
public sealed record AttachmentUpload(string FileName, byte[] Content);
