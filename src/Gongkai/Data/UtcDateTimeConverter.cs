using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Data;

/// <summary>SQLite gives DateTime back with an unspecified kind; every instant we store is UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
