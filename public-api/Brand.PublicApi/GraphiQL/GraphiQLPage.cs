using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Brand.PublicApi.GraphiQL;

/// <summary>
/// The page a browser gets for GET /graphql: GraphiQL, to explore the schema and try queries. Every file it
/// loads is this project's own static web asset (npm through the build, see the csproj), none from a CDN; it
/// has no inline script or style, so a strict Content-Security-Policy can be added without changing it.
/// </summary>
public static class GraphiQLPage
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>Where the host serves this project's wwwroot (static web assets of a referenced project).</summary>
    public const string AssetBase = "/_content/Brand.PublicApi/";

    /// <summary>
    /// In the editor on a first visit; GraphiQL keeps the visitor's own query in local storage afterwards.
    /// The one place to change when the schema does.
    /// </summary>
    public const string DefaultQuery = """
        # API ouverte de Croissance Connectée.
        # Ctrl+Entrée exécute la requête ;
        # le schéma est documenté à gauche (icône livre).
        # Partenaires : votre clé va dans « Headers »,
        # en bas : {"X-Api-Key": "cc_…"}
        {
          labelledActors(culture: "fr", first: 5) {
            totalCount
            edges {
              node {
                name
                city
                specialties {
                  label
                }
              }
            }
          }
        }

        """;

    /// <summary>In load order: GraphiQL's UMD bundle expects the React and ReactDOM globals.</summary>
    public static IReadOnlyList<string> Scripts { get; } =
    [
        AssetBase + "lib/graphiql/react.production.min.js",
        AssetBase + "lib/graphiql/react-dom.production.min.js",
        AssetBase + "lib/graphiql/graphiql.min.js",
        AssetBase + "graphiql-init.js",
    ];

    public static IReadOnlyList<string> Stylesheets { get; } =
    [
        AssetBase + "lib/graphiql/graphiql.min.css",
        AssetBase + "graphiql-page.css",
    ];

    // Attribute values keep their accents readable; only what HTML needs is escaped.
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// True for a browser opening the endpoint (a GET asking for HTML, without a query): it gets the page,
    /// while GET /graphql?query=… stays a GraphQL request.
    /// </summary>
    public static bool IsRequestedBy(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>The page, for an endpoint at <paramref name="endpointPath"/> (e.g. "/graphql").</summary>
    public static IResult Result(string endpointPath) => TypedResults.Content(Html(endpointPath), ContentType);

    /// <summary>The whole HTML document, for an endpoint at <paramref name="endpointPath"/> (e.g. "/graphql").</summary>
    public static string Html(string endpointPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointPath);
        var html = new StringBuilder(2048);
        html.Append("""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Croissance Connectée — explorateur GraphQL</title>

            """);
        foreach (var stylesheet in Stylesheets)
        {
            html.Append("<link rel=\"stylesheet\" href=\"").Append(_encoder.Encode(stylesheet)).Append("\">\n");
        }

        // defer: run in order once the document is parsed, so the init script finds its element.
        foreach (var script in Scripts)
        {
            html.Append("<script defer src=\"").Append(_encoder.Encode(script)).Append("\"></script>\n");
        }

        html.Append("</head>\n<body>\n")
            .Append("<h1 class=\"cc-visually-hidden\">Explorateur GraphQL de l'API ouverte de Croissance Connectée</h1>\n")
            .Append("<noscript><p>Cet explorateur a besoin de JavaScript. L'API s'utilise aussi sans lui : envoyez une requête POST à ")
            .Append(_encoder.Encode(endpointPath))
            .Append(" avec un corps JSON <code>{\"query\": \"…\"}</code> (en-tête <code>Content-Type: application/json</code>, et <code>X-Api-Key</code> pour les partenaires).</p></noscript>\n")
            .Append("<main id=\"graphiql\" data-endpoint=\"").Append(_encoder.Encode(endpointPath))
            .Append("\" data-default-query=\"").Append(_encoder.Encode(DefaultQuery.ReplaceLineEndings("\n")))
            .Append("\"></main>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }
}
