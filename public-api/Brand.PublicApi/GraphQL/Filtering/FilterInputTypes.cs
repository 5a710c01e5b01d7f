using GraphQL.Types;

namespace Brand.PublicApi.GraphQL.Filtering;

/// <summary>
/// The operation inputs of `where:`, one per kind of value, named as HotChocolate names them so its users
/// feel at home: { name: { contains: "atelier" } }, { startDate: { gt: "2026-01-01T00:00:00Z" } },
/// { specialties: { contains: "website" } }, combined with and/or.
/// </summary>
public sealed class FilterInputTypes
{
    public FilterInputTypes()
    {
        Text = Operations("StringOperationFilterInput", "Compares a text. `contains` and `startsWith` ignore case and accents.", () => new StringGraphType(),
            "eq", "neq", "in", "nin", "contains", "startsWith");
        WholeNumber = Operations("LongOperationFilterInput", "Compares a whole number.", () => new LongGraphType(), "eq", "neq", "in", "nin", "gt", "gte", "lt", "lte");
        DecimalNumber = Operations("DecimalOperationFilterInput", "Compares a decimal number.", () => new DecimalGraphType(), "eq", "neq", "in", "nin", "gt", "gte", "lt", "lte");
        Boolean = Operations("BooleanOperationFilterInput", "Compares a yes/no value.", () => new BooleanGraphType(), "eq", "neq");
        Date = Operations("DateOperationFilterInput", "Compares a calendar date (YYYY-MM-DD).", () => new DateOnlyGraphType(), "eq", "neq", "in", "nin", "gt", "gte", "lt", "lte");
        DateTime = Operations("DateTimeOperationFilterInput", "Compares an instant (ISO 8601 with offset).", () => new DateTimeOffsetGraphType(), "eq", "neq", "in", "nin", "gt", "gte", "lt", "lte");
        TextList = Operations("ListStringOperationFilterInput",
            "Tests a list of values: `contains` one value, `in` (has any of), `all` (has every one of), `any` (has at least one value).",
            () => new StringGraphType(), "contains", "in", "all", "any");
        Reference = Operations("ReferenceOperationFilterInput", "Tests a picked item by its global ID: `eq`, `in`, or `any` (something is picked).",
            () => new IdGraphType(), "eq", "in", "any");
    }

    public InputObjectGraphType Text { get; }
    public InputObjectGraphType WholeNumber { get; }
    public InputObjectGraphType DecimalNumber { get; }
    public InputObjectGraphType Boolean { get; }
    public InputObjectGraphType Date { get; }
    public InputObjectGraphType DateTime { get; }
    public InputObjectGraphType TextList { get; }
    public InputObjectGraphType Reference { get; }

    public InputObjectGraphType For(ValueKind kind) => kind switch
    {
        ValueKind.Text => Text,
        ValueKind.WholeNumber => WholeNumber,
        ValueKind.DecimalNumber => DecimalNumber,
        ValueKind.Boolean => Boolean,
        ValueKind.Date => Date,
        ValueKind.DateTime => DateTime,
        ValueKind.TextList => TextList,
        _ => Reference,
    };

    private static InputObjectGraphType Operations(string name, string description, Func<ScalarGraphType> scalar, params string[] operations)
    {
        var type = new InputObjectGraphType { Name = name, Description = description };
        foreach (var op in operations)
        {
            IGraphType fieldType = op switch
            {
                "in" or "nin" or "all" => new ListGraphType(new NonNullGraphType(scalar())),
                "any" => new BooleanGraphType(),
                _ => scalar(),
            };
            type.AddField(new FieldType { Name = op, ResolvedType = fieldType, Description = OperationDescription(op) });
        }

        return type;
    }

    private static string OperationDescription(string op) => op switch
    {
        "eq" => "Equal to.",
        "neq" => "Not equal to.",
        "in" => "One of these values.",
        "nin" => "None of these values.",
        "contains" => "Contains this value.",
        "startsWith" => "Starts with this text.",
        "gt" => "Greater (later) than.",
        "gte" => "Greater (later) than or equal to.",
        "lt" => "Less (earlier) than.",
        "lte" => "Less (earlier) than or equal to.",
        "all" => "Has every one of these values.",
        "any" => "true: has at least one value; false: has none.",
        _ => op,
    };
}
