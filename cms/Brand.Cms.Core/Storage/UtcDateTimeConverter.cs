using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Brand.Cms.Core.Storage;

/// <summary>Writes UTC and reads back as UTC, whatever the provider did with the kind.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
