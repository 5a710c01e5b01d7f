using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search.Indexing;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Brand.Cms.Core.Search;

/// <summary>The two indexes, as in Umbraco: external (published, for the public) and internal (drafts too, for the backoffice).</summary>
public sealed class SearchIndexes : IDisposable
{
    public SearchIndexes(ContentModel model, PublishedContentCache cache, DataPaths paths, IDbContextFactory<BrandDbContext> dbFactory,
        ILogger<SearchIndexes> logger)
    {
        Schema = new IndexSchema(model);
        External = new ContentIndex(new ExternalIndexSource(cache), Schema, paths, dbFactory, logger);
        Internal = new ContentIndex(new InternalIndexSource(dbFactory, model), Schema, paths, dbFactory, logger);
    }

    public IndexSchema Schema { get; }
    public ContentIndex External { get; }
    public ContentIndex Internal { get; }
    public IReadOnlyList<ContentIndex> All => [External, Internal];

    public ContentIndex? Find(string name) => All.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));

    public void Dispose()
    {
        External.Dispose();
        Internal.Dispose();
    }
}
