using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Brand.PublicApi.GraphQL.Execution;

/// <summary>
/// A parsed document, and the operations of it that already passed the schema's validation rules. Those
/// rules depend on the document and the schema only, so a second run of the same operation skips them and
/// keeps only the checks that depend on variables (complexity, variable values).
/// </summary>
public sealed class CachedDocument(GraphQLDocument document)
{
    private readonly ConcurrentDictionary<string, bool> _validOperations = new(StringComparer.Ordinal);

    public GraphQLDocument Document { get; } = document;

    public bool IsValid(string? operationName) => _validOperations.ContainsKey(operationName ?? "");

    public void MarkValid(string? operationName) => _validOperations.TryAdd(operationName ?? "", true);
}

/// <summary>
/// Parsed query documents by text. Parsing and validating are a good share of a small query's cost, and
/// clients repeat their queries. Bounded: when full it starts again empty, so a flood of unique queries
/// cannot grow memory, nor keep the common ones out for long (they come back at their next request).
/// </summary>
public sealed class DocumentCache(IOptions<GraphQLOptions> options)
{
    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity = options.Value.DocumentCacheSize;

    /// <summary>The parsed document; throws a <see cref="GraphQLParserException"/> on a syntax error.</summary>
    public CachedDocument Parse(string query)
    {
        if (_documents.TryGetValue(query, out var document))
        {
            return document;
        }

        document = new CachedDocument(Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 128 }));
        if (_documents.Count >= _capacity)
        {
            _documents.Clear();
        }

        if (_capacity > 0)
        {
            _documents.TryAdd(query, document);
        }

        return document;
    }
}
