using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Types;

namespace Brand.PublicApi.GraphQL.Relay;

/// <summary>
/// The Relay arguments of a connection field (first/after, last/before), checked and turned into a window
/// over an ordered result. Cursors are opaque offsets into that order: cheap, and stable as long as the
/// same filters and order are sent, which is what a client paging through a list does.
/// </summary>
public sealed record Paging(int? First, string? After, int? Last, string? Before)
{
    /// <summary>The most items one page may ask for, as on GitHub's public API.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The four paging arguments, as every connection field declares them.</summary>
    public static IEnumerable<QueryArgument> Arguments(string items = "Items") =>
    [
        new QueryArgument(new IntGraphType()) { Name = "first", Description = $"{items} from the start (or after `after`), at most {MaxPageSize}. `first` or `last` is required." },
        new QueryArgument(new StringGraphType()) { Name = "after", Description = "Cursor to start after." },
        new QueryArgument(new IntGraphType()) { Name = "last", Description = $"{items} from the end (or before `before`), at most {MaxPageSize}." },
        new QueryArgument(new StringGraphType()) { Name = "before", Description = "Cursor to end before." },
    ];

    public static Paging From(IResolveFieldContext context)
    {
        var paging = new Paging(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        var field = context.FieldDefinition.Name;
        if (paging.First is null && paging.Last is null)
        {
            throw new ArgumentError($"{field}: give `first` or `last` (at most {MaxPageSize}) to say how many items you want.");
        }

        Check(field, "first", paging.First);
        Check(field, "last", paging.Last);
        return paging;
    }

    /// <summary>The window [start, end) over <paramref name="total"/> items.</summary>
    public (int Start, int End) Window(int total, string field)
    {
        var start = After is null ? 0 : Math.Min(total, Offset(field, "after", After) + 1);
        var end = Before is null ? total : Math.Min(total, Offset(field, "before", Before));
        end = Math.Max(start, end);
        if (First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        return (start, end);
    }

    public static string Cursor(int offset) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes("o:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static int Offset(string field, string argument, string cursor)
    {
        if (Base64Url.IsValid(cursor) && cursor.Length < 40
            && Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)) is ['o', ':', .. var digits]
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) && offset < int.MaxValue)
        {
            return offset;
        }

        throw new ArgumentError($"{field}: `{argument}` is not a cursor of this list; use a cursor returned by it (edges.cursor or pageInfo).");
    }

    private static void Check(string field, string argument, int? value)
    {
        if (value is < 0 or > MaxPageSize)
        {
            throw new ArgumentError($"{field}: `{argument}` must be between 0 and {MaxPageSize}, not {value}. Page through longer lists with `after`.");
        }
    }
}

/// <summary>An error in the arguments of a field: reported with code INVALID_ARGUMENT and the field's path.</summary>
public sealed class ArgumentError : ExecutionError
{
    public ArgumentError(string message) : base(message) => Code = "INVALID_ARGUMENT";
}
