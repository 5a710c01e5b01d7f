using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>Small builders for drafts: names per culture, values per culture ("" for invariant).</summary>
public static class Docs
{
    public static DocumentData Named(string fr, string? en = null)
    {
        var data = new DocumentData();
        data.Names["fr"] = fr;
        if (en is not null)
        {
            data.Names["en"] = en;
        }

        return data;
    }

    public static DocumentData With(this DocumentData data, string alias, string culture, object? value)
    {
        data.Set(alias, culture, value switch
        {
            null => null,
            JsonNode node => node,
            string[] items => new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
            string s => JsonValue.Create(s),
            int i => JsonValue.Create(i),
            bool b => JsonValue.Create(b),
            decimal d => JsonValue.Create(d),
            _ => throw new ArgumentException($"unsupported test value {value.GetType()}"),
        });
        return data;
    }

    /// <summary>A news folder's required values.</summary>
    public static DocumentData NewsFolder(string fr = "Actualités", string en = "News") =>
        Named(fr, en).With("intro", "fr", "Les nouvelles du réseau.").With("intro", "en", "News from the network.");

    /// <summary>A complete, publishable news article in both cultures.</summary>
    public static DocumentData Article(string fr, string en) =>
        Named(fr, en)
            .With("summary", "fr", "Résumé de " + fr).With("summary", "en", "Summary of " + en)
            .With("body", "fr", "<p>Texte de l'article.</p>").With("body", "en", "<p>Article text.</p>")
            .With("publishedOn", "", "2026-11-20");

    public static DocumentData Home() =>
        Named("Accueil", "Home")
            .With("heroTitle", "fr", "Le numérique pour toutes les PME").With("heroTitle", "en", "Digital for every small business")
            .With("heroText", "fr", "Un réseau pour vous accompagner.").With("heroText", "en", "A network to help you.");
}
