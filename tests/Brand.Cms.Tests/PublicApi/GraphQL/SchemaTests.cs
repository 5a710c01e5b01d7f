using System.Text.Json.Nodes;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Tests.Infrastructure;
using Brand.PublicApi.GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;

namespace Brand.Cms.Tests.PublicApi.GraphQL;

/// <summary>
/// The schema comes from the type files, and every change to it shows in review: the committed
/// public-api/schema.graphql must match the live one, and no field may disappear or change type unless it
/// was deprecated first. After a deliberate change, refresh the copy with
/// BRAND_UPDATE_SCHEMA=1 dotnet test tests/Brand.Cms.Tests --filter FullyQualifiedName~SchemaTests
/// </summary>
public sealed class SchemaTests
{
    private static string Committed => Path.Combine(RepositoryRoot(), "public-api", "schema.graphql");

    [Fact]
    public void AddingAPropertyToATypeFile_AddsAFieldAndAFilter_WithoutCode()
    {
        var config = TestConfig.Copy(withSeed: false);
        var file = Path.Combine(config, "document-types", "event.json");
        var type = JsonNode.Parse(File.ReadAllText(file))!;
        type["properties"]!.AsArray().Add(JsonNode.Parse("""
            {"alias": "capacity", "label": {"fr": "Places", "en": "Seats"}, "editor": "integer", "group": "when", "variesByCulture": false}
            """));
        File.WriteAllText(file, type.ToJsonString());

        var before = Parse(new ContentSchema(ContentModelLoader.Load(TestConfig.Real)).Sdl);
        var after = Parse(new ContentSchema(ContentModelLoader.Load(config)).Sdl);
        Assert.False(Fields(before).ContainsKey("Event.capacity"));
        Assert.Equal("Long", Fields(after)["Event.capacity"].Type);
        Assert.Equal("LongOperationFilterInput", Fields(after)["EventFilterInput.capacity"].Type);
        Assert.Equal("SortEnumType", Fields(after)["EventSortInput.capacity"].Type);
    }

    [Fact]
    public void DeprecatingAProperty_MarksItEverywhere_SoItsRemovalLaterBreaksNoOneUnwarned()
    {
        var config = TestConfig.Copy(withSeed: false);
        var file = Path.Combine(config, "document-types", "event.json");
        var type = JsonNode.Parse(File.ReadAllText(file))!;
        var organiserActor = type["properties"]!.AsArray().Single(p => p!["alias"]!.GetValue<string>() == "organiserActor")!;
        organiserActor["deprecated"] = "Use organiser.";
        File.WriteAllText(file, type.ToJsonString());
        var deprecated = new ContentSchema(ContentModelLoader.Load(config)).Sdl;
        var fields = Fields(Parse(deprecated));
        Assert.True(fields["Event.organiserActor"].Deprecated);
        Assert.True(fields["EventFilterInput.organiserActor"].Deprecated);
        Assert.True(fields["LabelledActor.eventsByOrganiserActor"].Deprecated);

        type["properties"]!.AsArray().Remove(organiserActor);
        File.WriteAllText(file, type.ToJsonString());
        var removed = new ContentSchema(ContentModelLoader.Load(config)).Sdl;
        Assert.Empty(Breaks(deprecated, removed));
        Assert.Contains("Event.organiserActor was removed", Breaks(new ContentSchema(ContentModelLoader.Load(TestConfig.Real)).Sdl, removed));
    }

    [Fact]
    public void LiveSchema_MatchesTheCommittedCopy()
    {
        var live = new ContentSchema(ContentModelLoader.Load(TestConfig.Real)).Sdl;
        var committed = File.Exists(Committed) ? File.ReadAllText(Committed).ReplaceLineEndings("\n") : "";
        if (live != committed && Environment.GetEnvironmentVariable("BRAND_UPDATE_SCHEMA") == "1" && Breaks(committed, live).Count == 0)
        {
            File.WriteAllText(Committed, live);
            return;
        }

        Assert.True(live == committed,
            "The GraphQL schema changed: review public-api/schema.graphql and refresh it with " +
            "BRAND_UPDATE_SCHEMA=1 dotnet test tests/Brand.Cms.Tests --filter FullyQualifiedName~SchemaTests");
    }

    [Fact]
    public void NoFieldIsRemovedOrRetyped_UnlessDeprecatedFirst()
    {
        var live = new ContentSchema(ContentModelLoader.Load(TestConfig.Real)).Sdl;
        var breaks = Breaks(File.ReadAllText(Committed), live);
        Assert.True(breaks.Count == 0, "Breaking changes to fields that were not deprecated first: " + string.Join("; ", breaks));
    }

    [Fact]
    public void TheBreakingChangeCheck_CatchesRemovalAndRetyping_ButLetsDeprecatedFieldsGo()
    {
        const string Old = """
            type Event { name: String! city: String legacy: String @deprecated(reason: "Use city.") year: Long }
            """;
        Assert.Equal(["Event.city was removed", "Event.year changed type from Long to String"],
            Breaks(Old, "type Event { name: String! year: String }"));
        Assert.Empty(Breaks(Old, "type Event { name: String! city: String year: Long extra: Int }"));
        Assert.Equal(["Query.events(first) changed type from Int to Int!"],
            Breaks("type Query { events(first: Int): String }", "type Query { events(first: Int!): String }"));
    }

    private static List<string> Breaks(string committed, string live)
    {
        var now = Fields(Parse(live));
        var breaks = new List<string>();
        foreach (var (name, field) in Fields(Parse(committed)))
        {
            if (field.Deprecated)
            {
                continue;
            }

            if (!now.TryGetValue(name, out var current))
            {
                breaks.Add($"{name} was removed");
            }
            else if (current.Type != field.Type)
            {
                breaks.Add($"{name} changed type from {field.Type} to {current.Type}");
            }
        }

        return breaks;
    }

    private static GraphQLDocument Parse(string sdl) => Parser.Parse(sdl);

    /// <summary>"Type.field" → its type as written and whether it is deprecated, for object, interface and input types.</summary>
    private static Dictionary<string, (string Type, bool Deprecated)> Fields(GraphQLDocument document)
    {
        var fields = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o when o.Fields is not null:
                    Add(o.Name.StringValue, o.Fields.Items.Select(f => (f.Name.StringValue, f.Type, f.Directives)));
                    AddArguments(o.Name.StringValue, o.Fields.Items);
                    break;
                case GraphQLInterfaceTypeDefinition i when i.Fields is not null:
                    Add(i.Name.StringValue, i.Fields.Items.Select(f => (f.Name.StringValue, f.Type, f.Directives)));
                    AddArguments(i.Name.StringValue, i.Fields.Items);
                    break;
                case GraphQLInputObjectTypeDefinition input when input.Fields is not null:
                    Add(input.Name.StringValue, input.Fields.Items.Select(f => (f.Name.StringValue, f.Type, f.Directives)));
                    break;
            }
        }

        return fields;

        // An argument removed or retyped breaks the queries sending it, like a field: "Type.field(argument)".
        void AddArguments(string type, IEnumerable<GraphQLFieldDefinition> definitions)
        {
            foreach (var field in definitions.Where(f => f.Arguments is not null))
            {
                // The arguments of a deprecated field go with it.
                var fieldDeprecated = IsDeprecated(field.Directives);
                foreach (var argument in field.Arguments!.Items)
                {
                    fields[$"{type}.{field.Name.StringValue}({argument.Name.StringValue})"] = (Describe(argument.Type), fieldDeprecated || IsDeprecated(argument.Directives));
                }
            }
        }

        void Add(string type, IEnumerable<(string Name, GraphQLType Type, GraphQLDirectives? Directives)> items)
        {
            foreach (var (name, graphType, directives) in items)
            {
                fields[$"{type}.{name}"] = (Describe(graphType), IsDeprecated(directives));
            }
        }

        static bool IsDeprecated(GraphQLDirectives? directives) => directives?.Items.Any(d => d.Name.StringValue == "deprecated") == true;
    }

    private static string Describe(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Describe(n.Type) + "!",
        GraphQLListType l => "[" + Describe(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => type.ToString() ?? "",
    };

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Brand.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Brand.sln not found above " + AppContext.BaseDirectory);
    }
}
