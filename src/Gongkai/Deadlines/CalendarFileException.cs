namespace Gongkai.Deadlines;

/// <summary>A calendar file cannot be used; the message is one plain Chinese sentence naming the file and the problem.</summary>
public sealed class CalendarFileException(string message, Exception? inner = null) : Exception(message, inner);
