using System.Text.Json;
using Brand.PublicApi.GraphQL.Execution;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Brand.PublicApi.GraphQL.Transport;

/// <summary>Why a request could not be read, and the status that says so.</summary>
public sealed record RequestProblem(int Status, string Message);

/// <summary>
/// Reads a GraphQL-over-HTTP request: GET with `query`, `operationName`, and `variables` / `extensions`
/// as JSON strings; POST with an application/json body in UTF-8. Each problem names the parameter at fault.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, GraphQLOptions options)
{
    public async Task<(GraphQLRequestData? Request, RequestProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return FromQueryString(request.Query);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType,
                "Content-Type: send the request as application/json (a JSON object with `query`, and optionally `variables`, `operationName` and `extensions`).");
        }

        if (!contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && !contentType.MediaType.Equals("application/graphql+json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, $"Content-Type: {contentType.MediaType} is not supported; use application/json.");
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, $"Content-Type: charset {contentType.Charset} is not supported; send UTF-8.");
        }

        if (request.ContentLength > options.MaxRequestBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The body is {request.ContentLength} bytes; at most {options.MaxRequestBytes} are accepted.");
        }

        var body = await ReadBodyAsync(request, ct);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"The body is longer than {options.MaxRequestBytes} bytes, the most accepted.");
        }

        GraphQLRequest? parsed;
        try
        {
            if (FirstSignificantByte(body) != '{')
            {
                return Problem(StatusCodes.Status400BadRequest, "The body must be a JSON object such as {\"query\": \"{ node(id: …) { id } }\"} (batches are not supported).");
            }

            // GetString keeps a byte order mark as U+FEFF, which the JSON reader refuses; UTF8Encoding drops it.
            parsed = serializer.Deserialize<GraphQLRequest>(System.Text.Encoding.UTF8.GetString(body).TrimStart('\uFEFF'));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return Problem(StatusCodes.Status400BadRequest, $"The body is not a valid GraphQL request in JSON: {ex.Message}");
        }

        return Checked(parsed?.Query, parsed?.OperationName, parsed?.Variables, parsed?.Extensions);
    }

    private (GraphQLRequestData?, RequestProblem?) FromQueryString(IQueryCollection query)
    {
        if (query["query"].ToString() is { Length: var length } && length > options.MaxRequestBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"query: {length} characters; at most {options.MaxRequestBytes} are accepted.");
        }

        if (Inputs(query, "variables", out var variables) is { } badVariables)
        {
            return (null, badVariables);
        }

        if (Inputs(query, "extensions", out var extensions) is { } badExtensions)
        {
            return (null, badExtensions);
        }

        var operationName = query["operationName"].ToString();
        return Checked(query["query"].ToString(), operationName.Length > 0 ? operationName : null, variables, extensions);
    }

    /// <summary>A JSON-object parameter of a GET request; the problem when it is not one.</summary>
    private RequestProblem? Inputs(IQueryCollection query, string name, out Inputs? inputs)
    {
        inputs = null;
        if (query[name].ToString() is not { Length: > 0 } json)
        {
            return null;
        }

        try
        {
            inputs = serializer.Deserialize<Inputs>(json);
            return null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return new RequestProblem(StatusCodes.Status400BadRequest, $"{name}: not a JSON object: {ex.Message}");
        }
    }

    private static (GraphQLRequestData?, RequestProblem?) Checked(string? query, string? operationName, Inputs? variables, Inputs? extensions) =>
        string.IsNullOrWhiteSpace(query)
            ? Problem(StatusCodes.Status400BadRequest, "query: missing. Send the GraphQL document in `query`.")
            : (new GraphQLRequestData(query, operationName, variables, extensions), null);

    /// <summary>The first byte past a UTF-8 byte order mark and JSON whitespace, or 0 for an empty body.</summary>
    private static int FirstSignificantByte(byte[] body)
    {
        var span = body.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        span = span.TrimStart(" \t\r\n"u8);
        return span.IsEmpty ? 0 : span[0];
    }

    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > options.MaxRequestBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static (GraphQLRequestData?, RequestProblem?) Problem(int status, string message) => (null, new RequestProblem(status, message));
}
