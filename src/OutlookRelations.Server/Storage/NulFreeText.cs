using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OutlookRelations.Server.Storage;

/// <summary>
/// Every string EF Core stores or queries with loses its U+0000 characters, in this one place.
/// PostgreSQL's text cannot hold U+0000 (error 22021): a note, a correction or a search carrying one
/// answered 500 in production (found by the bad-input property test, issue 15). SQLite could hold it;
/// both providers strip it so they store the same text.
/// </summary>
public sealed class NulFreeText() : ValueConverter<string, string>(value => Strip(value), value => value)
{
    public static string Strip(string value) => value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", "", StringComparison.Ordinal) : value;
}
