namespace Gongkai.Data;

/// <summary>The database settings cannot work; the message is Chinese and says what to set.</summary>
public sealed class DatabaseConfigurationException(string message) : Exception(message);
