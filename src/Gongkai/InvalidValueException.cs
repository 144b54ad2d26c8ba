namespace Gongkai;

/// <summary>A value an entity refuses (a malformed code, a short password); the message is Chinese and shown as is.</summary>
public sealed class InvalidValueException(string message) : Exception(message);
