using System.Globalization;
using System.Text.Json;
using Brand.PublicApi.OpenData.Datasets;

namespace Brand.PublicApi.OpenData.Formats;

/// <summary>
/// How a cell is written, the same way in both formats: ISO 8601 dates, invariant numbers, lower-case UUIDs.
/// CSV has text only, so lists are joined with "|" (no code or UUID contains one) and booleans are "true"/"false";
/// JSON keeps arrays, numbers, booleans and null.
/// </summary>
public static class CellFormat
{
    public const string ListSeparator = "|";

    /// <summary>The CSV text of a cell; "" for no value.</summary>
    public static string Csv(object? value, string baseUrl) => value switch
    {
        null => "",
        string text => text,
        SitePath path => baseUrl + path.Path,
        string[] items => string.Join(ListSeparator, items),
        Guid[] keys => string.Join(ListSeparator, keys.Select(k => k.ToString("D"))),
        IEnumerable<string> items => string.Join(ListSeparator, items),
        _ => Scalar(value),
    };

    public static void Json(Utf8JsonWriter json, object? value, string baseUrl)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case SitePath path:
                json.WriteStringValue(baseUrl + path.Path);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case string[] items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            case Guid[] keys:
                json.WriteStartArray();
                foreach (var key in keys)
                {
                    json.WriteStringValue(key);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Scalar(value));
                break;
        }
    }

    private static string Scalar(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        Guid key => key.ToString("D"),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"A dataset cell of type {value.GetType()} has no open-data form."),
    };
}
