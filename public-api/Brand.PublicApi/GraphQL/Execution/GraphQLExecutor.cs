using Brand.Cms.Core;
using System.Diagnostics;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.GraphQL.Loading;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Brand.PublicApi.Indexing;
using Brand.PublicApi.Media;

namespace Brand.PublicApi.GraphQL.Execution;

/// <summary>A request as the transport read it.</summary>
public sealed record GraphQLRequestData(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>
/// Runs a parsed document against the content schema with our limits: depth and complexity checked before
/// anything runs, a timeout, one snapshot and one batching loader per request, and the cost reported in
/// `extensions.cost`. Queries run with the serial strategy: resolvers read memory, so running them in
/// parallel would only add task overhead, and the loader needs no locks.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly ContentSchema _schema;
    private readonly PublishedContentCache _cache;
    private readonly TimeProvider _clock;
    private readonly GraphQLOptions _options;
    private readonly DocumentExecuter _executer;
    private readonly IValidationRule[] _rules;
    private readonly IValidationRule[] _rulesOnceValid;
    private readonly ILogger<GraphQLExecutor> _logger;
    private readonly SnapshotIndexes _indexes;
    private readonly ApiMediaSource _media;

    public GraphQLExecutor(ContentSchema schema, PublishedContentCache cache, TimeProvider clock, IOptions<GraphQLOptions> options,
        IEnumerable<IConfigureExecution> configurations, ILogger<GraphQLExecutor> logger, SnapshotIndexes indexes, ApiMediaSource media)
    {
        _media = media;
        _logger = logger;
        _indexes = indexes;
        _schema = schema;
        _cache = cache;
        _clock = clock;
        _options = options.Value;
        _executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]),
            configurations);
        var complexity = new ComplexityOptions
        {
            MaxDepth = _options.MaxDepth,
            MaxComplexity = _options.MaxComplexity,
            DefaultComplexityImpactDelegate = Impact,
            ValidateComplexityDelegate = Measured,
        };
        var complexityRule = new ComplexityValidationRule(complexity);
        _rules = [.. DocumentValidator.CoreRules, complexityRule];
        _rulesOnceValid = [complexityRule];
    }

    public ISchema Schema => _schema.Value;

    public async Task<(ExecutionResult Result, ApiRequestContext Context)> ExecuteAsync(
        GraphQLRequestData request, CachedDocument document, HttpContext http, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        // One snapshot for the whole request: a publish landing meanwhile is seen by the next one.
        var snapshot = _cache.Current;
        var context = new ApiRequestContext(new ContentLoader(snapshot, _indexes), snapshot.Cultures, ParisCalendar.Today(_clock), _media.For(http.Request));
        // Our own timeout rather than the library's: it covers the whole execution, validation included.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        ExecutionResult result;
        try
        {
            result = await Execute(request, document, http, context, timeout.Token);
            if (result.Executed)
            {
                document.MarkValid(request.OperationName);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            result = new ExecutionResult(new TimeoutError(
                $"The query ran for longer than {_options.Timeout.TotalSeconds:0.###} s and was stopped (timeout). Ask for fewer items or fewer nested lists.", null!));
        }

        (result.Extensions ??= [])["cost"] = new Dictionary<string, object?>
        {
            ["complexity"] = context.Complexity,
            ["maxComplexity"] = _options.MaxComplexity,
            ["depth"] = context.Depth,
            ["maxDepth"] = _options.MaxDepth,
            ["lookups"] = context.Loader.Lookups,
            ["milliseconds"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2),
        };
        return (result, context);
    }

    private Task<ExecutionResult> Execute(GraphQLRequestData request, CachedDocument document, HttpContext http, ApiRequestContext context, CancellationToken ct) =>
        _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema.Value,
            Query = request.Query,
            Document = document.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = context,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = ct,
            ValidationRules = document.IsValid(request.OperationName) ? _rulesOnceValid : _rules,
            UnhandledExceptionDelegate = Unhandled,
        });

    /// <summary>A resolver's bug reaches the client as a generic error; the log gets the exception.</summary>
    private Task Unhandled(UnhandledExceptionContext context)
    {
        _logger.LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name ?? "(document)");
        return Task.CompletedTask;
    }

    /// <summary>Introspection weighs nothing: tools must always be able to read the schema.</summary>
    private static FieldComplexityResult Impact(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
            ? new FieldComplexityResult(0, 1)
            : ComplexityDefaults(context);

    private static readonly Func<FieldImpactContext, FieldComplexityResult> ComplexityDefaults = new ComplexityOptions().DefaultComplexityImpactDelegate;

    private Task Measured(ComplexityValidationContext measured)
    {
        if (measured.ValidationContext.UserContext is ApiRequestContext context)
        {
            context.Complexity = measured.TotalImpact;
            context.Depth = measured.MaxDepth;
        }

        if (measured.Error is not null)
        {
            // The library's messages do not say what to do about it.
            measured.Error = measured.MaxDepth > _options.MaxDepth
                ? new ComplexityError($"The query nests fields {measured.MaxDepth} levels deep; the limit is {_options.MaxDepth}. Split it into several queries.")
                : new ComplexityError($"The query's complexity is {measured.TotalImpact:0}; the budget is {_options.MaxComplexity}. Ask for fewer items (`first`) or fewer nested lists.");
        }

        return Task.CompletedTask;
    }
}
