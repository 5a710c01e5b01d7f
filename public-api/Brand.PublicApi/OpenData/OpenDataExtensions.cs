using Brand.PublicApi.Access;
using Brand.PublicApi.OpenData.Datasets;
using Brand.PublicApi.OpenData.Formats;
using Brand.PublicApi.OpenData.Versions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.OpenData;

/// <summary>
/// Bulk open data under /open-data/: the page listing the datasets, the DCAT-AP catalogue, and each dataset as
/// CSV and JSON, all from the published cache, under the Licence Ouverte 2.0, with ETag and Last-Modified.
/// </summary>
public static class OpenDataExtensions
{
    private const string Tag = "Open data";
    private static readonly string[] _getAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddOptions<OpenDataOptions>().BindConfiguration(OpenDataOptions.Section)
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "https" or "http"),
                "PublicApi:OpenData:PublicBaseUrl must be an absolute http(s) URL such as https://example.org.")
            .ValidateOnStart();
        services.AddSingleton<ActorsDataset>();
        services.AddSingleton<EventsDataset>();
        services.AddSingleton<SuccessStoriesDataset>();
        services.AddSingleton<AidSchemesDataset>();
        services.AddSingleton<ResourcesDataset>();
        services.AddSingleton<IndicatorsDataset>();
        services.AddSingleton<SelfDiagnosticIndicatorsDataset>();
        services.AddSingleton<NetworkStatisticsDataset>();
        services.AddSingleton<DatasetList>();
        services.AddSingleton<DatasetVersions>();
        services.AddSingleton<OpenDataEndpoints>();
        return services;
    }

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/open-data").RequirePublicApiAccess().WithTags(Tag);

        group.MapMethods("/", _getAndHead, (HttpContext context, OpenDataEndpoints handlers, string? lang) => handlers.PageAsync(context, lang))
            .WithName("OpenDataPage")
            .WithSummary("The open-data page")
            .WithDescription("HTML page listing every dataset with its description, row count, last update, licence (Licence Ouverte 2.0), "
                + "attribution, CSV and JSON downloads and column documentation. French by default, English with ?lang=en. Answers 304 to a conditional request.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .Produces(StatusCodes.Status304NotModified);

        group.MapMethods("/catalog.jsonld", _getAndHead, (HttpContext context, OpenDataEndpoints handlers) => handlers.CatalogAsync(context))
            .WithName("OpenDataCatalog")
            .WithSummary("DCAT-AP catalogue of the datasets (JSON-LD)")
            .WithDescription("A dcat:Catalog of dcat:Dataset, each with a CSV and a JSON dcat:Distribution (downloadURL, mediaType, format, "
                + "license, modified, byteSize), for data.gouv.fr and other portals to harvest. Answers 304 to a conditional request.")
            .Produces<string>(StatusCodes.Status200OK, "application/ld+json")
            .Produces(StatusCodes.Status304NotModified);

        group.MapMethods("/{dataset}.csv", _getAndHead, (HttpContext context, OpenDataEndpoints handlers, string dataset) => handlers.DownloadAsync(context, dataset, "csv"))
            .WithName("OpenDataCsv")
            .WithSummary("A dataset as CSV")
            .WithDescription("datasets: actors, events, success-stories, aid-schemes, resources, indicators, self-diagnostic-indicators. RFC 4180 CSV in UTF-8 without BOM, "
                + "a header row of stable snake_case column names (documented on /open-data/), lists joined with |, ISO 8601 dates. "
                + "Streamed row by row. ETag and Last-Modified; 304 on If-None-Match or If-Modified-Since. Licence Ouverte 2.0.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapMethods("/{dataset}.json", _getAndHead, (HttpContext context, OpenDataEndpoints handlers, string dataset) => handlers.DownloadAsync(context, dataset, "json"))
            .WithName("OpenDataJson")
            .WithSummary("A dataset as JSON")
            .WithDescription("datasets: actors, events, success-stories, aid-schemes, resources, indicators, self-diagnostic-indicators. {dataset, title, license, attribution, "
                + "modified, count, items[]}, each item keyed by the CSV's column names, with arrays, numbers, booleans and null. "
                + "Streamed item by item. ETag and Last-Modified; 304 on If-None-Match or If-Modified-Since. Licence Ouverte 2.0.")
            .Produces<string>(StatusCodes.Status200OK, JsonDatasetWriter.ContentType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }
}
