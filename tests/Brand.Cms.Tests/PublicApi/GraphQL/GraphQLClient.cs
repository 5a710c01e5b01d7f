using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Brand.Cms.Tests.PublicApi.GraphQL;

/// <summary>A GraphQL response as a client sees it: status, content type, body.</summary>
public sealed record GraphQLReply(HttpStatusCode Status, string? ContentType, JsonObject Body, HttpResponseMessage Response)
{
    public JsonNode? Data => Body["data"];

    public JsonArray? Errors => Body["errors"] as JsonArray;

    public string FirstError => Errors?[0]?["message"]?.GetValue<string>() ?? "(no error)";

    /// <summary>The data, failing the test with the errors when there are any.</summary>
    public JsonNode Ok()
    {
        Assert.True(Status == HttpStatusCode.OK && Errors is null, $"{(int)Status}: {Body.ToJsonString()}");
        return Data!;
    }

    public JsonNode? Cost(string name) => Body["extensions"]?["cost"]?[name];
}

/// <summary>Sends GraphQL over real HTTP, as a partner's client would.</summary>
public static class GraphQLClient
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static Task<GraphQLReply> PostAsync(this HttpClient http, string query, object? variables = null, string accept = GraphQLResponse) =>
        http.SendGraphQLAsync(Post(JsonSerializer.Serialize(new { query, variables }), "application/json", accept));

    public static HttpRequestMessage Post(string body, string? contentType, string? accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage Get(string query, string? variables = null, string? accept = GraphQLResponse)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static async Task<GraphQLReply> SendGraphQLAsync(this HttpClient http, HttpRequestMessage request)
    {
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text[0] == '{' ? (JsonObject)JsonNode.Parse(text)! : new JsonObject { ["raw"] = text };
        return new GraphQLReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }
}
