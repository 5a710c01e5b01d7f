using Brand.Cms.Core;
using System.Security.Cryptography;
using System.Text;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.Access;
using Brand.PublicApi.Indicators;
using Brand.PublicApi.OpenData.Datasets;
using Brand.PublicApi.OpenData.Formats;
using Brand.PublicApi.OpenData.Page;
using Brand.PublicApi.OpenData.Versions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Brand.PublicApi.OpenData;

/// <summary>
/// The handlers of /open-data: each reads one published snapshot and one Paris day from start to end, answers 304
/// when the client's copy is current, and streams the files row by row.
/// </summary>
public sealed class OpenDataEndpoints(PublishedContentCache cache, DatasetList datasets, DatasetVersions versions,
    IOptions<OpenDataOptions> options, TimeProvider clock)
{
    public const string PagePath = "/open-data/";
    public const string CatalogPath = "/open-data/catalog.jsonld";

    public async Task PageAsync(HttpContext context, string? lang)
    {
        var culture = lang is "en" ? "en" : "fr";
        var (_, summaries, baseUrl) = await SummariesAsync(context);
        if (ConditionalGet.NotModified(context, CombinedTag(summaries, "page", culture, baseUrl), summaries.Max(s => s.Version.ChangedAt)))
        {
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentLanguage = culture;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(OpenDataPage.Render(summaries, culture, options.Value.Publisher,
                s => OpenLicence.Attribution(options.Value, s.Dataset.Title, s.Version.Updated).In(culture)), context.RequestAborted);
        }
    }

    public async Task CatalogAsync(HttpContext context)
    {
        var (snapshot, summaries, baseUrl) = await SummariesAsync(context);
        if (ConditionalGet.NotModified(context, CombinedTag(summaries, "catalog", "", baseUrl), summaries.Max(s => s.Version.ChangedAt)))
        {
            return;
        }

        context.Response.ContentType = DcatCatalog.ContentType;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            // The site settings' contact address, for the catalogue's contact point.
            var contactEmail = snapshot.Roots(snapshot.Cultures.Codes[0]).FirstOrDefault(r => r.ContentType == "siteSettings")?.Value<string>("contactEmail");
            await DcatCatalog.WriteAsync(summaries, baseUrl, options.Value.Publisher, contactEmail, context.Response.Body, context.RequestAborted);
        }
    }

    public async Task DownloadAsync(HttpContext context, string dataset, string format)
    {
        if (datasets.Find(dataset) is not { } found)
        {
            await ApiError.WriteAsync(context, StatusCodes.Status404NotFound,
                $"There is no dataset '{dataset}'. The datasets are {string.Join(", ", datasets.All.Select(d => d.Id))}, each as .csv and .json; see {PagePath}.",
                context.RequestAborted);
            return;
        }

        var data = await found.PrepareAsync(new DatasetContext(cache.Current, ParisCalendar.Today(clock)), context.RequestAborted);
        var version = await versions.GetAsync(found, data);
        if (ConditionalGet.NotModified(context, version.ETag(format), version.ChangedAt))
        {
            return;
        }

        var response = context.Response;
        response.Headers.Append(HeaderNames.Link, $"<{OpenLicence.Url}>; rel=\"license\"");
        if (format == "csv")
        {
            response.ContentType = CsvDatasetWriter.ContentType;
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"croissance-connectee-{found.Id}.csv" }.ToString();
        }
        else
        {
            response.ContentType = JsonDatasetWriter.ContentType;
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var rows = found.Rows(data);
        var baseUrl = options.Value.BaseUrlFor(context.Request);
        if (format == "csv")
        {
            await CsvDatasetWriter.WriteAsync(found.Columns, rows, baseUrl, response.Body, context.RequestAborted);
        }
        else
        {
            await JsonDatasetWriter.WriteAsync(versions.Header(found, version), found.Columns, rows, baseUrl, response.Body, context.RequestAborted);
        }
    }

    private async Task<(PublishedSnapshot Snapshot, IReadOnlyList<DatasetSummary> Summaries, string BaseUrl)> SummariesAsync(HttpContext context)
    {
        var snapshot = cache.Current;
        var today = ParisCalendar.Today(clock);
        var baseUrl = options.Value.BaseUrlFor(context.Request);
        var summaries = new List<DatasetSummary>(datasets.All.Count);
        // One after the other: each walks the content, and two cores are better left to the requests.
        foreach (var dataset in datasets.All)
        {
            var prepared = await dataset.PrepareAsync(new DatasetContext(snapshot, today), context.RequestAborted);
            var version = await versions.GetAsync(dataset, prepared);
            var json = await versions.JsonBytesAsync(dataset, prepared, version);
            summaries.Add(new DatasetSummary(dataset, version, version.SizeWith(version.CsvBytes, baseUrl), version.SizeWith(json, baseUrl)));
        }

        return (snapshot, summaries, baseUrl);
    }

    /// <summary>The page and the catalogue change when any dataset does, and with the base URL their links and sizes use.</summary>
    private static EntityTagHeaderValue CombinedTag(IEnumerable<DatasetSummary> summaries, string kind, string culture, string baseUrl)
    {
        var text = string.Join("|", summaries.Select(s => s.Version.Hash).Prepend(baseUrl).Prepend(culture).Prepend(kind));
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32]}\"");
    }
}
