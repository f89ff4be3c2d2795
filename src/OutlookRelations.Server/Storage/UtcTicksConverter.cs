using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OutlookRelations.Server.Storage;

/// <summary>Stores a DateTimeOffset as its UTC ticks; reads it back as UTC.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
{
    /// <summary>A stored value read by hand-written SQL.</summary>
    public static DateTimeOffset FromTicks(long ticks) => new(ticks, TimeSpan.Zero);
}
