using Brand.PublicApi.GraphiQL;
using Brand.PublicApi.GraphQL.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.PublicApi.GraphQL.Transport;

/// <summary>
/// /graphql, following the GraphQL-over-HTTP specification: GET for queries and POST for anything;
/// Accept negotiation between application/graphql-response+json and application/json; 405, 406, 413, 415
/// and 400 for requests that cannot be run, each with a message saying why; GraphiQL for a browser.
/// </summary>
public sealed class GraphQLEndpoint(GraphQLExecutor executor, DocumentCache documents, IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options, ILogger<GraphQLEndpoint> logger)
{
    public const string Path = "/graphql";
    private readonly GraphQLRequestReader _reader = new(serializer, options.Value);

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(http, ResponseMediaType.Json, StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not supported: use GET for queries, or POST.");
            return;
        }

        if (GraphiQLPage.IsRequestedBy(request))
        {
            await GraphiQLPage.Result(Path).ExecuteAsync(http);
            return;
        }

        response.Headers.Vary = "Accept";
        if (ResponseMediaTypes.Negotiate(request) is not { } mediaType)
        {
            await WriteProblemAsync(http, ResponseMediaType.Json, StatusCodes.Status406NotAcceptable,
                $"Accept: this endpoint answers {ResponseMediaTypes.GraphQLResponse} or {ResponseMediaTypes.Json}.");
            return;
        }

        var ct = http.RequestAborted;
        var (read, problem) = await _reader.ReadAsync(request, ct);
        if (read is null)
        {
            await WriteProblemAsync(http, mediaType, problem!.Status, problem.Message);
            return;
        }

        CachedDocument document;
        try
        {
            document = documents.Parse(read.Query);
        }
        catch (GraphQLParserException ex)
        {
            var error = new ExecutionError($"query: syntax error at line {ex.Location.Line}, column {ex.Location.Column}: {ex.Description}") { Code = "SYNTAX_ERROR" };
            error.AddLocation(ex.Location);
            await WriteAsync(http, mediaType, StatusCodes.Status400BadRequest, new ExecutionResult(error));
            return;
        }

        if (HttpMethods.IsGet(request.Method) && Operation(document.Document, read.OperationName) is OperationType.Mutation or OperationType.Subscription)
        {
            // GET must stay safe: a change over GET could be triggered by a link or a prefetch.
            response.Headers.Allow = "POST";
            await WriteProblemAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, "A mutation or subscription cannot be sent with GET; use POST.");
            return;
        }

        ExecutionResult result;
        try
        {
            (result, _) = await executor.ExecuteAsync(read, document, http, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away: the execution stopped with it; there is nobody to answer.
            logger.LogInformation("GraphQL request cancelled: the client disconnected");
            return;
        }

        await WriteAsync(http, mediaType, Status(result, mediaType), result);
    }

    /// <summary>
    /// With application/graphql-response+json, a document refused before running (validation, variables,
    /// limits) is a 400 without `data`, and a timeout a 503; with application/json every well-formed request
    /// is a 200, as the specification asks for compatibility.
    /// </summary>
    private static int Status(ExecutionResult result, ResponseMediaType mediaType)
    {
        if (mediaType == ResponseMediaType.Json || result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors?.Any(e => e is TimeoutError) == true ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
    }

    private static OperationType? Operation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = name is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == name);
        return operation?.Operation;
    }

    private Task WriteProblemAsync(HttpContext http, ResponseMediaType mediaType, int status, string message) =>
        WriteAsync(http, mediaType, status, new ExecutionResult(new ExecutionError(message)));

    private async Task WriteAsync(HttpContext http, ResponseMediaType mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType.ContentType();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
