using System.Globalization;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search.Querying;
using Brand.SiteTheme.Rendering;
using Microsoft.AspNetCore.Http;

namespace Brand.SiteTheme.ActorDirectory;

/// <summary>The directory's query-string parameters: the form's field names and the links' parameters.</summary>
public static class DirectoryParameters
{
    public const string Text = "q";
    public const string Kind = "kind";
    public const string Specialty = "specialty";
    public const string Region = "region";
    public const string Department = "department";
    public const string Label = "label";
    public const string Near = "near";
    public const string Latitude = "lat";
    public const string Longitude = "lon";
    public const string Radius = "radius";
    public const string Sort = "sort";
    public const string Page = "page";

    public static readonly string[] All = [Text, Kind, Specialty, Region, Department, Label, Near, Latitude, Longitude, Radius, Sort, Page];
}

/// <summary>
/// Everything the directory shows depends on, read from the query string and checked: free text and place
/// capped in length, filter values kept only when they are known options, a position only within the
/// globe, a radius only from the offered ones. The whole state lives in the URL, so a result page can be
/// bookmarked, shared and cached, and works without JavaScript. <see cref="Url"/> writes it back.
/// </summary>
public sealed record DirectoryQuery
{
    public const int MaxTextLength = 200;
    public const int MaxPlaceLength = 100;
    public const int DefaultRadiusKm = 50;
    public const int MaxPage = 1000;

    public static readonly IReadOnlyList<int> RadiiKm = [10, 25, 50, 100];

    public string Text { get; init; } = "";

    public IReadOnlyList<string> Kinds { get; init; } = [];

    public IReadOnlyList<string> Specialties { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>One department at a time: the form offers them in a select.</summary>
    public string? Department { get; init; }

    /// <summary><see cref="DirectoryChoices.ValidLabel"/> and/or <see cref="DirectoryChoices.ExpiredLabel"/>.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The place as typed: a postcode or a commune's name. It wins over <see cref="Position"/>.</summary>
    public string Near { get; init; } = "";

    /// <summary>The visitor's position, from the "use my position" button (rounded: a street, not a doorstep).</summary>
    public GeoPoint? Position { get; init; }

    public int RadiusKm { get; init; } = DefaultRadiusKm;

    /// <summary>The order asked for, if any; the page falls back to the best one available.</summary>
    public SearchSort? Sort { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>Any filter that narrows the list (free text aside).</summary>
    public bool HasFilters =>
        Kinds.Count > 0 || Specialties.Count > 0 || Regions.Count > 0 || Department is not null || Labels.Count > 0 || HasPlace;

    public bool HasPlace => Near.Length > 0 || Position is not null;

    public static DirectoryQuery Parse(IQueryCollection query, DirectoryChoices choices)
    {
        var department = query[DirectoryParameters.Department].Select(v => choices.Department(v?.Trim() ?? "")).FirstOrDefault(d => d is not null);
        return new DirectoryQuery
        {
            Text = Capped(query[DirectoryParameters.Text].FirstOrDefault(), MaxTextLength),
            Kinds = Known(query[DirectoryParameters.Kind], choices.Kinds),
            Specialties = Known(query[DirectoryParameters.Specialty], choices.Specialties),
            Regions = Known(query[DirectoryParameters.Region], choices.Regions),
            Department = department,
            Labels = Known(query[DirectoryParameters.Label], choices.Labels),
            Near = Capped(query[DirectoryParameters.Near].FirstOrDefault(), MaxPlaceLength),
            Position = ParsePosition(query[DirectoryParameters.Latitude].FirstOrDefault(), query[DirectoryParameters.Longitude].FirstOrDefault()),
            RadiusKm = int.TryParse(query[DirectoryParameters.Radius].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var radius) && RadiiKm.Contains(radius)
                ? radius
                : DefaultRadiusKm,
            Sort = ParseSort(query[DirectoryParameters.Sort].FirstOrDefault()),
            Page = int.TryParse(query[DirectoryParameters.Page].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0
                ? Math.Min(page, MaxPage)
                : 1,
        };
    }

    /// <summary>This state as a link to the directory at <paramref name="path"/>; defaults are left out.</summary>
    public string Url(string path)
    {
        var url = new QueryUrl(path)
            .Add(DirectoryParameters.Text, Text)
            .AddEach(DirectoryParameters.Kind, Kinds)
            .AddEach(DirectoryParameters.Specialty, Specialties)
            .AddEach(DirectoryParameters.Region, Regions)
            .Add(DirectoryParameters.Department, Department)
            .AddEach(DirectoryParameters.Label, Labels)
            .Add(DirectoryParameters.Near, Near);
        if (Near.Length == 0 && Position is { } position)
        {
            url.Add(DirectoryParameters.Latitude, Coordinate(position.Lat)).Add(DirectoryParameters.Longitude, Coordinate(position.Lon));
        }

        if (HasPlace && RadiusKm != DefaultRadiusKm)
        {
            url.Add(DirectoryParameters.Radius, RadiusKm.ToString(CultureInfo.InvariantCulture));
        }

        return url
            .Add(DirectoryParameters.Sort, Sort is { } sort ? SortValue(sort) : null)
            .Add(DirectoryParameters.Page, Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null)
            .ToString();
    }

    /// <summary>The same search with no filter: the free text and the order are kept.</summary>
    public DirectoryQuery WithoutFilters() => new() { Text = Text, Sort = Sort is SearchSort.Distance ? null : Sort };

    /// <summary>The same search without a place: distance no longer makes sense as an order.</summary>
    public DirectoryQuery WithoutPlace() =>
        this with { Near = "", Position = null, RadiusKm = DefaultRadiusKm, Sort = Sort is SearchSort.Distance ? null : Sort, Page = 1 };

    public static string SortValue(SearchSort sort) => sort switch
    {
        SearchSort.Distance => "distance",
        SearchSort.Name => "name",
        _ => "relevance",
    };

    /// <summary>"48.1126" — four decimals, about ten metres.</summary>
    public static string Coordinate(double degrees) => degrees.ToString("0.####", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Without(IReadOnlyList<string> values, string value) => values.Where(v => v != value).ToList();

    private static string Capped(string? value, int max)
    {
        var text = (value ?? "").Trim();
        return text.Length > max ? text[..max].TrimEnd() : text;
    }

    /// <summary>The known values among those sent, once each, in the options' order.</summary>
    private static List<string> Known(IEnumerable<string?> values, IReadOnlyList<Choice> choices)
    {
        var sent = values.Where(v => v is not null).Select(v => v!.Trim()).ToHashSet(StringComparer.Ordinal);
        return choices.Where(c => sent.Contains(c.Value)).Select(c => c.Value).ToList();
    }

    private static GeoPoint? ParsePosition(string? lat, string? lon)
    {
        const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (lat is not { Length: > 0 and <= 20 } || lon is not { Length: > 0 and <= 20 }
            || !double.TryParse(lat, Decimal, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(lon, Decimal, CultureInfo.InvariantCulture, out var longitude)
            || latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            return null;
        }

        return new GeoPoint(Math.Round(latitude, 4), Math.Round(longitude, 4));
    }

    private static SearchSort? ParseSort(string? value) => value switch
    {
        "relevance" => SearchSort.Relevance,
        "distance" => SearchSort.Distance,
        "name" => SearchSort.Name,
        _ => null,
    };
}
