using System.Text.Encodings.Web;
using System.Text.Json;

namespace Brand.PublicApi.Delivery;

/// <summary>
/// The delivery API's own JSON settings, so they never depend on (or change) the host's: camelCase names as in
/// Umbraco, property aliases and culture codes kept as they are, nulls written (Umbraco writes empty
/// properties as null), and accented letters written as UTF-8 rather than \u escapes.
/// </summary>
public static class DeliveryJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
