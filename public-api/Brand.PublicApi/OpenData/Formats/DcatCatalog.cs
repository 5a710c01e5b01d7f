using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Brand.Cms.Core.DocumentTypes;
using Brand.PublicApi.OpenData.Versions;

namespace Brand.PublicApi.OpenData.Formats;

/// <summary>
/// The catalogue in DCAT-AP, as JSON-LD, for data.gouv.fr and other portals to harvest: a dcat:Catalog of
/// dcat:Dataset, each with a CSV and a JSON dcat:Distribution (download URL, media type, format, licence, last
/// update, size). Texts carry their language; controlled vocabularies are the EU Publications Office's.
/// </summary>
public static class DcatCatalog
{
    public const string ContentType = "application/ld+json; charset=utf-8";

    private const string Languages = "http://publications.europa.eu/resource/authority/language/";
    private const string FileTypes = "http://publications.europa.eu/resource/authority/file-type/";
    private const string Frequencies = "http://publications.europa.eu/resource/authority/frequency/";
    private const string MediaTypes = "http://www.iana.org/assignments/media-types/";

    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <param name="contactEmail">The site's contact address (site settings), for dcat:contactPoint; none when unset.</param>
    public static async Task WriteAsync(IReadOnlyList<DatasetSummary> datasets, string baseUrl, LocalizedText publisher, string? contactEmail,
        Stream destination, CancellationToken ct)
    {
        var home = baseUrl + OpenDataEndpoints.PagePath;
        await using var json = new Utf8JsonWriter(destination, _options);
        json.WriteStartObject();
        json.WriteStartObject("@context");
        json.WriteString("dcat", "http://www.w3.org/ns/dcat#");
        json.WriteString("dct", "http://purl.org/dc/terms/");
        json.WriteString("foaf", "http://xmlns.com/foaf/0.1/");
        json.WriteString("vcard", "http://www.w3.org/2006/vcard/ns#");
        json.WriteString("xsd", "http://www.w3.org/2001/XMLSchema#");
        json.WriteEndObject();
        json.WriteString("@id", baseUrl + OpenDataEndpoints.CatalogPath);
        json.WriteString("@type", "dcat:Catalog");
        Texts(json, "dct:title", new() { ["fr"] = "Données ouvertes de Croissance Connectée", ["en"] = "Croissance Connectée open data" });
        Texts(json, "dct:description", new()
        {
            ["fr"] = "Les contenus publiés par Croissance Connectée en données ouvertes : acteurs du réseau, événements, témoignages, aides, ressources, indicateurs du programme et de l'autodiagnostic.",
            ["en"] = "The content published by Croissance Connectée as open data: network actors, events, success stories, aid schemes, resources, programme and self-diagnostic indicators.",
        });
        Publisher(json, publisher);
        Reference(json, "dct:license", OpenLicence.Url);
        Reference(json, "foaf:homepage", home);
        LanguageList(json);
        Time(json, "dct:modified", datasets.Count == 0 ? DateTimeOffset.UnixEpoch : datasets.Max(d => d.Version.Updated));
        json.WriteStartArray("dcat:dataset");
        foreach (var summary in datasets)
        {
            Dataset(json, summary, baseUrl, home, publisher, contactEmail);
            await json.FlushAsync(ct);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void Dataset(Utf8JsonWriter json, DatasetSummary summary, string baseUrl, string home, LocalizedText publisher, string? contactEmail)
    {
        var dataset = summary.Dataset;
        json.WriteStartObject();
        json.WriteString("@id", $"{home}#{dataset.Id}");
        json.WriteString("@type", "dcat:Dataset");
        json.WriteString("dct:identifier", dataset.Id);
        Texts(json, "dct:title", dataset.Title);
        Texts(json, "dct:description", dataset.Description);
        json.WriteStartArray("dcat:keyword");
        foreach (var keyword in dataset.Keywords)
        {
            json.WriteStartObject();
            json.WriteString("@language", "fr");
            json.WriteString("@value", keyword);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Publisher(json, publisher);
        if (contactEmail is not null)
        {
            json.WriteStartObject("dcat:contactPoint");
            json.WriteString("@type", "vcard:Organization");
            json.WriteString("vcard:fn", publisher.In("fr"));
            Reference(json, "vcard:hasEmail", "mailto:" + contactEmail);
            json.WriteEndObject();
        }

        Reference(json, "dct:license", OpenLicence.Url);
        Reference(json, "dcat:landingPage", $"{home}#{dataset.Id}");
        // Content datasets follow every publish; the indicators' counts are of the day.
        Reference(json, "dct:accrualPeriodicity", Frequencies + (dataset.Id == "indicators" ? "DAILY" : "UPDATE_CONT"));
        LanguageList(json);
        Time(json, "dct:modified", summary.Version.Updated);
        json.WriteStartArray("dcat:distribution");
        Distribution(json, summary, baseUrl, home, "csv", "text/csv", "CSV", summary.CsvSize);
        Distribution(json, summary, baseUrl, home, "json", "application/json", "JSON", summary.JsonSize);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Distribution(Utf8JsonWriter json, DatasetSummary summary, string baseUrl, string home, string extension,
        string mediaType, string format, long size)
    {
        var url = $"{baseUrl}{OpenDataEndpoints.PagePath}{summary.Dataset.Id}.{extension}";
        json.WriteStartObject();
        json.WriteString("@id", url);
        json.WriteString("@type", "dcat:Distribution");
        Texts(json, "dct:title", new()
        {
            ["fr"] = $"{summary.Dataset.Title.In("fr")} ({format})",
            ["en"] = $"{summary.Dataset.Title.In("en")} ({format})",
        });
        Reference(json, "dcat:accessURL", home);
        Reference(json, "dcat:downloadURL", url);
        Reference(json, "dcat:mediaType", MediaTypes + mediaType);
        Reference(json, "dct:format", FileTypes + format);
        Reference(json, "dct:license", OpenLicence.Url);
        Time(json, "dct:modified", summary.Version.Updated);
        json.WriteStartObject("dcat:byteSize");
        json.WriteString("@type", "xsd:nonNegativeInteger");
        json.WriteString("@value", size.ToString(CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Publisher(Utf8JsonWriter json, LocalizedText publisher)
    {
        json.WriteStartObject("dct:publisher");
        json.WriteString("@type", "foaf:Organization");
        Texts(json, "foaf:name", publisher);
        json.WriteEndObject();
    }

    private static void LanguageList(Utf8JsonWriter json)
    {
        json.WriteStartArray("dct:language");
        foreach (var code in new[] { "FRA", "ENG" })
        {
            json.WriteStartObject();
            json.WriteString("@id", Languages + code);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Texts(Utf8JsonWriter json, string property, LocalizedText texts)
    {
        json.WriteStartArray(property);
        foreach (var (culture, text) in texts)
        {
            json.WriteStartObject();
            json.WriteString("@language", culture);
            json.WriteString("@value", text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Reference(Utf8JsonWriter json, string property, string iri)
    {
        json.WriteStartObject(property);
        json.WriteString("@id", iri);
        json.WriteEndObject();
    }

    private static void Time(Utf8JsonWriter json, string property, DateTimeOffset time)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "xsd:dateTime");
        json.WriteString("@value", time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }
}
