using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Brand.PublicApi.GraphQL.Transport;

/// <summary>
/// The two response types of GraphQL over HTTP. With application/graphql-response+json the status code
/// tells what happened (a refused document answers 4xx); with the legacy application/json a document that
/// parses answers 200 even when refused, and only the body tells. Unreadable requests (broken JSON, no
/// query, a syntax error) are 400 with either, as our clients expect a clear refusal for those.
/// </summary>
public enum ResponseMediaType
{
    GraphQLResponse,
    Json,
}

public static class ResponseMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string ContentType(this ResponseMediaType type) =>
        (type == ResponseMediaType.GraphQLResponse ? GraphQLResponse : Json) + "; charset=utf-8";

    /// <summary>
    /// The best type the client accepts, by quality; the new type when it accepts anything; application/json
    /// when it sends no Accept at all (older clients, as the specification asks); null when it accepts neither.
    /// </summary>
    public static ResponseMediaType? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return ResponseMediaType.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var values))
        {
            return null;
        }

        // A type refused with q=0 is not brought back by a wildcard.
        var refused = values.Where(v => v.Quality == 0).Select(v => v.MediaType.Value?.ToLowerInvariant()).ToHashSet();
        // Highest quality first; at equal quality the specific types beat wildcards, then the order sent.
        foreach (var value in values.Where(v => (v.Quality ?? 1) > 0)
            .OrderByDescending(v => v.Quality ?? 1).ThenBy(v => v.MatchesAllTypes || v.MatchesAllSubTypes ? 1 : 0))
        {
            switch (value.MediaType.Value?.ToLowerInvariant())
            {
                case GraphQLResponse:
                    return ResponseMediaType.GraphQLResponse;
                case Json:
                    return ResponseMediaType.Json;
                case "*/*" or "application/*" when !refused.Contains(GraphQLResponse):
                    return ResponseMediaType.GraphQLResponse;
                case "*/*" or "application/*" when !refused.Contains(Json):
                    return ResponseMediaType.Json;
            }
        }

        return null;
    }
}
