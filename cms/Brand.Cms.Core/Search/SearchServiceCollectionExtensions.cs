using Brand.Cms.Core.Search.Indexing;
using Brand.Cms.Core.Search.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Cms.Core.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The two Lucene indexes, the worker that keeps them on the journal, and the query service.</summary>
    public static IServiceCollection AddBrandSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Search:PollInterval must be positive.").ValidateOnStart();
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<SearchService>();
        services.AddHostedService<IndexWorker>();
        return services;
    }
}
