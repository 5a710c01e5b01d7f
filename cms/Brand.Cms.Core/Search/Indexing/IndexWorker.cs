using Brand.Cms.Core.ChangeJournal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Search.Indexing;

/// <summary>
/// Opens (or rebuilds) both indexes after start-up, then keeps them on the journal: at once after a write
/// of this process, every <see cref="SearchOptions.PollInterval"/> for the writes of others.
/// </summary>
public sealed class IndexWorker : PollingWorker
{
    private readonly SearchIndexes _indexes;
    private readonly JournalSignal _signal;
    private readonly IOptions<SearchOptions> _options;
    private readonly IEnumerable<ISearchIndexListener> _listeners;

    public IndexWorker(SearchIndexes indexes, JournalSignal signal, IOptions<SearchOptions> options, IEnumerable<ISearchIndexListener> listeners,
        TimeProvider clock, ILogger<IndexWorker> logger)
        : base(clock, logger)
    {
        _indexes = indexes;
        _listeners = listeners;
        _signal = signal;
        _options = options;
        _signal.Written += Wake;
    }

    protected override TimeSpan Interval => _options.Value.PollInterval;

    protected override async Task PassAsync(CancellationToken ct)
    {
        if (await _indexes.External.CatchUpAsync(ct) > 0)
        {
            foreach (var listener in _listeners)
            {
                await listener.ExternalIndexChangedAsync(ct);
            }
        }

        await _indexes.Internal.CatchUpAsync(ct);
    }

    public override void Dispose()
    {
        _signal.Written -= Wake;
        base.Dispose();
    }
}
