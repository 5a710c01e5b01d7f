namespace Brand.PublicApi;

public static class UtcDates
{
    /// <summary>The engine's dates (create, update, publish) are UTC, but a DateTime read back from SQLite has lost its kind; the APIs write them with their offset.</summary>
    public static DateTimeOffset AsUtc(this DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
