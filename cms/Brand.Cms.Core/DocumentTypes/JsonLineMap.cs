using System.Text;
using System.Text.Json;

namespace Brand.Cms.Core.DocumentTypes;

/// <summary>
/// Maps JSON paths ("properties[2].editor") to line numbers, so a semantic error found after
/// deserialisation can still point at the line a person must fix. System.Text.Json keeps no positions.
/// </summary>
public sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    public int? LineOf(string path)
    {
        // Fall back to the nearest enclosing path that we know.
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_lines.TryGetValue(p, out var line))
            {
                return line;
            }
        }

        return null;
    }

    public static JsonLineMap Build(byte[] utf8, JsonReaderOptions options)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8, options);
        var stack = new Stack<Frame>();
        var line = 1;
        long scanned = 0;
        string? pendingName = null;

        int LineAt(long index)
        {
            for (; scanned < index; scanned++)
            {
                if (utf8[scanned] == (byte)'\n')
                {
                    line++;
                }
            }

            return line;
        }

        string CurrentPath(string? name)
        {
            if (stack.Count == 0)
            {
                return "";
            }

            var frame = stack.Peek();
            return frame.IsArray ? $"{frame.Path}[{frame.Index}]" : Join(frame.Path, name ?? "");
        }

        while (reader.Read())
        {
            var at = LineAt(reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    map._lines.TryAdd(Join(stack.Peek().Path, pendingName ?? ""), at);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = CurrentPath(pendingName);
                    map._lines.TryAdd(path, at);
                    stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    pendingName = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    Advance(stack);
                    break;
                default:
                    if (stack.Count > 0 && stack.Peek().IsArray)
                    {
                        map._lines.TryAdd(CurrentPath(null), at);
                    }

                    pendingName = null;
                    Advance(stack);
                    break;
            }
        }

        return map;
    }

    private static void Advance(Stack<Frame> stack)
    {
        if (stack.Count > 0 && stack.Peek().IsArray)
        {
            stack.Peek().Index++;
        }
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    /// <summary>JSON Pointer-like path from System.Text.Json's "$.properties[2].editor" form.</summary>
    public static string FromJsonExceptionPath(string? path) =>
        path is null ? "" : new StringBuilder(path).Replace("$.", "").Replace("$", "").ToString();

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int Index { get; set; }
    }
}
