using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.Delivery.Contracts;
using Brand.PublicApi.Indexing;
using Brand.PublicApi.Delivery.Output;
using Brand.PublicApi.Delivery.Querying;

namespace Brand.PublicApi.Delivery;

/// <summary>A response body and the culture it was read in (sent back as Content-Language).</summary>
public sealed record Delivered<T>(T Body, string Culture);

/// <summary>The three reads of the delivery API, on the request's snapshot; published content only, as the cache holds nothing else.</summary>
public sealed class ContentDelivery(SnapshotIndexes index, DeliveryFields fields, ContentModel model)
{
    private readonly QueryParser _parser = new(fields);

    public Outcome<Delivered<ApiContentResponse>> Item(DeliveryContext context, string? idOrPath, OutputParameters output)
    {
        if (!Selections(output, out var expand, out var select, out var failure))
        {
            return failure.As<Delivered<ApiContentResponse>>();
        }

        var wanted = string.IsNullOrWhiteSpace(idOrPath) ? "/" : idOrPath;
        if (context.Find(wanted) is not { } item)
        {
            return Outcome<Delivered<ApiContentResponse>>.NotFound(Guid.TryParse(wanted, out _)
                ? $"id '{wanted}': no published item has this id in culture '{context.Culture}'."
                : $"path '{wanted}': no published item at this path in culture '{context.Culture}'.");
        }

        var body = new ApiContentBuilder(context.Snapshot, model, context.Media).Item(item, expand, select);
        return Outcome<Delivered<ApiContentResponse>>.Ok(new(body, item.Culture));
    }

    public Outcome<Delivered<IReadOnlyList<ApiContentResponse>>> Items(DeliveryContext context, ItemsParameters parameters)
    {
        if (!Selections(parameters, out var expand, out var select, out var failure))
        {
            return failure.As<Delivered<IReadOnlyList<ApiContentResponse>>>();
        }

        var ids = new List<Guid>();
        foreach (var text in (parameters.Id ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!Guid.TryParse(text, out var id))
            {
                return Outcome<Delivered<IReadOnlyList<ApiContentResponse>>>.BadRequest($"id '{text}': not an item id (a GUID such as 5a400d6a-e56f-4ff8-9326-2a228f61924e).");
            }

            ids.Add(id);
        }

        if (ids.Count is 0 or > QueryParser.MaxTake)
        {
            return Outcome<Delivered<IReadOnlyList<ApiContentResponse>>>.BadRequest(
                $"id: give between 1 and {QueryParser.MaxTake} item ids, e.g. ?id=5a400d6a-e56f-4ff8-9326-2a228f61924e&id=….");
        }

        var builder = new ApiContentBuilder(context.Snapshot, model, context.Media);
        IReadOnlyList<ApiContentResponse> items = [.. ids.Distinct()
            .Select(id => context.Snapshot.GetByKey(id, context.Culture))
            .OfType<PublishedContent>()
            .Select(item => builder.Item(item, expand, select))];
        return Outcome<Delivered<IReadOnlyList<ApiContentResponse>>>.Ok(new(items, context.Culture));
    }

    public Outcome<Delivered<PagedApiContentResponse>> Query(DeliveryContext context, QueryParameters parameters)
    {
        var parsed = _parser.Parse(parameters.Fetch, parameters.Filter ?? [], parameters.Sort ?? [], parameters.Skip, parameters.Take);
        if (!parsed.Succeeded)
        {
            return parsed.As<Delivered<PagedApiContentResponse>>();
        }

        if (!Selections(parameters, out var expand, out var select, out var failure))
        {
            return failure.As<Delivered<PagedApiContentResponse>>();
        }

        var query = parsed.Value!;
        var target = context.StartItem;
        if (query.FetchTarget is { } wanted)
        {
            target = context.Find(wanted);
            if (target is null)
            {
                return Outcome<Delivered<PagedApiContentResponse>>.NotFound(
                    $"fetch '{parameters.Fetch}': no published item has the id or path '{wanted}' in culture '{context.Culture}'.");
            }
        }

        // A fetch path with a culture prefix sets the culture, as it does for an item.
        var culture = target?.Culture ?? context.Culture;
        var snapshot = context.Snapshot;
        var cultureIndex = index.For(snapshot, snapshot.CultureIndex(culture));
        var position = target is null ? null : cultureIndex.PositionOf(target.Id);
        if (target is not null && position is null)
        {
            // Not reachable today (a found item is in its culture's index); never let it widen the query to everything.
            return Outcome<Delivered<PagedApiContentResponse>>.NotFound($"fetch '{parameters.Fetch}': the item is not published in culture '{culture}'.");
        }

        var (total, page) = QueryExecutor.Run(cultureIndex, query, query.Fetch, position);
        var builder = new ApiContentBuilder(snapshot, model, context.Media);
        var items = page.ConvertAll(p => builder.Item(cultureIndex.Items[p], expand, select));
        return Outcome<Delivered<PagedApiContentResponse>>.Ok(new(new PagedApiContentResponse(total, items), culture));
    }

    private static bool Selections(OutputParameters output, out PropertySelection expand, out PropertySelection fields, out Outcome<PropertySelection> failure)
    {
        var expanded = PropertySelection.Parse("expand", output.Expand, PropertySelection.None);
        var limited = PropertySelection.Parse("fields", output.Fields, PropertySelection.Everything);
        expand = expanded.Value ?? PropertySelection.None;
        fields = limited.Value ?? PropertySelection.Everything;
        failure = !expanded.Succeeded ? expanded : limited;
        return expanded.Succeeded && limited.Succeeded;
    }
}
