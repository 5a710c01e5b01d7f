using System.Buffers.Text;
using System.Text;

namespace Brand.PublicApi.GraphQL.Relay;

/// <summary>
/// Relay's opaque global IDs: URL-safe base64 of "TypeName:key". The key is the content's Guid, the same in
/// every culture, so one ID refetches an item in any culture (the `culture` argument says which).
/// Clients must not parse them; we only promise that `node(id:)` resolves them.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key:N}"));

    public static bool TryDecode(string? id, out string typeName, out Guid key)
    {
        typeName = "";
        key = Guid.Empty;
        if (id is not { Length: > 0 and < 200 } || !Base64Url.IsValid(id))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out key))
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }
}
