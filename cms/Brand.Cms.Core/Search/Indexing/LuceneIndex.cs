using System.Globalization;
using Brand.Cms.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using LockObtainFailedException = Lucene.Net.Store.LockObtainFailedException;
using LuceneDirectory = Lucene.Net.Store.Directory;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Brand.Cms.Core.Search.Indexing;

/// <summary>
/// One index on disk, in generations: <c>{root}/{generation}/</c> holds a complete Lucene index and
/// <c>{root}/current</c> names the live one. A rebuild writes a new generation beside the live one and
/// swaps the pointer, so readers keep answering from the old one until the new one is complete, and
/// another process (the <c>reindex</c> command) can rebuild while the site runs.
/// Each commit records the change-journal position it reflects and the schema fingerprint it was built under.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private const string PositionKey = "position";
    private const string FingerprintKey = "fingerprint";
    private const string PointerFile = "current";
    private const string BuildingPrefix = "building-";

    private readonly string _root;
    private readonly Analyzer _analyzer;
    private readonly ILogger _logger;
    private readonly Lock _writeLock = new();
    private Live? _live;

    public LuceneIndex(string root, IEnumerable<string> cultures, ILogger logger)
    {
        _root = root;
        _analyzer = IndexAnalyzer.Create(cultures);
        _logger = logger;
    }

    public bool IsOpen => _live is not null;

    public long Position => _live?.Position ?? 0;

    public string? Generation => _live?.Generation;

    public Analyzer Analyzer => _analyzer;

    /// <summary>Opens the live generation. Returns why it cannot be used (missing, corrupt, other schema), or null when open.</summary>
    public string? TryOpen(string fingerprint)
    {
        var generation = ReadPointer();
        if (generation is null || !System.IO.Directory.Exists(Path.Combine(_root, generation)))
        {
            return "no index on disk";
        }

        try
        {
            var live = Live.Open(Path.Combine(_root, generation), generation, _analyzer, verify: true);
            if (live.Fingerprint != fingerprint)
            {
                live.Dispose();
                return $"built for another document-type schema ({live.Fingerprint}, now {fingerprint})";
            }

            Swap(live);
            DeleteOtherGenerations(generation);
            return null;
        }
        catch (LockObtainFailedException)
        {
            // Another process holds this generation (a second instance on the same data folder): not corrupt,
            // and rebuilding would only move the pointer away from it. The caller retries at its next pass.
            throw;
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException
            or IndexFormatTooNewException or InvalidOperationException or ArgumentException or FormatException)
        {
            return $"unreadable ({ex.GetType().Name}: {ex.Message})";
        }
    }

    /// <summary>The generation <c>current</c> names when another process (the reindex command) moved it away from the live one.</summary>
    public string? MovedPointer() => _live is not null && ReadPointer() is { } pointer && pointer != _live.Generation ? pointer : null;

    /// <summary>
    /// Writes a complete new generation from <paramref name="items"/>, each made a document by <paramref name="build"/>,
    /// on all cores (building documents costs as much as indexing them), and points <c>current</c> at it.
    /// <paramref name="onAdded"/> is called after each document (from several threads). With <paramref name="open"/>
    /// this process switches to it at once; without (the reindex command, beside a running site), the site
    /// switches when it next sees the pointer move.
    /// </summary>
    public void Rebuild<T>(IEnumerable<T> items, Func<T, Document> build, long position, string fingerprint, Action? onAdded, bool open, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(_root);
        var generation = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fffffff", CultureInfo.InvariantCulture);
        var building = Path.Combine(_root, BuildingPrefix + generation);
        using (var directory = FSDirectory.Open(building))
        {
            var config = new IndexWriterConfig(CultureAnalyzer.Version, _analyzer)
            {
                OpenMode = OpenMode.CREATE,
                RAMBufferSizeMB = 128,
            };
            using var writer = new IndexWriter(directory, config);
            Parallel.ForEach(items, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
            {
                writer.AddDocument(build(item));
                onAdded?.Invoke();
            });
            writer.SetCommitData(CommitData(position, fingerprint));
            writer.Commit();
        }

        var final = Path.Combine(_root, generation);
        System.IO.Directory.Move(building, final);
        WritePointer(generation);
        if (open)
        {
            Swap(Live.Open(final, generation, _analyzer, verify: false));
            // A rebuild after a failed open leaves the unreadable generation behind: it goes now.
            DeleteOtherGenerations(generation);
        }
    }

    /// <summary>Replaces the documents of some nodes and records the journal position, durably.</summary>
    public void Apply(IReadOnlyCollection<Term> deletes, IReadOnlyCollection<Document> adds, long position, string fingerprint)
    {
        lock (_writeLock)
        {
            var live = _live ?? throw new InvalidOperationException("The index is not open.");
            foreach (var term in deletes)
            {
                live.Writer.DeleteDocuments(term);
            }

            foreach (var doc in adds)
            {
                live.Writer.AddDocument(doc);
            }

            live.Writer.SetCommitData(CommitData(position, fingerprint));
            live.Writer.Commit();
            live.Searchers.MaybeRefreshBlocking();
            // Only once searchers see the documents: a page keyed by this position (the output cache) is then
            // never rendered from an older searcher. Set before the refresh, a search rendered in between was
            // cached under the new position with the old results, and served for up to a minute.
            live.Position = position;
        }
    }

    /// <summary>A searcher over the live generation; dispose the lease to give it back.</summary>
    public SearcherLease Acquire()
    {
        while (true)
        {
            var live = _live ?? throw new InvalidOperationException("The index is not open yet.");
            try
            {
                return new SearcherLease(live.Searchers, live.Searchers.Acquire());
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(live, _live))
            {
                // Swapped while acquiring: take the new generation.
            }
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            _live?.Dispose();
            _live = null;
        }

        _analyzer.Dispose();
    }

    private void Swap(Live next)
    {
        Live? old;
        lock (_writeLock)
        {
            old = _live;
            _live = next;
        }

        if (old is not null)
        {
            old.Dispose();
            DeleteFolder(Path.Combine(_root, old.Generation));
        }
    }

    /// <summary>
    /// At open: removes generations left behind (a crash between swap and delete, a reindex while the site was down)
    /// and abandoned builds; a build another process is still writing is younger than a day and stays.
    /// </summary>
    private void DeleteOtherGenerations(string keep)
    {
        foreach (var dir in new DirectoryInfo(_root).EnumerateDirectories())
        {
            var abandoned = dir.Name.StartsWith(BuildingPrefix, StringComparison.Ordinal) && dir.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1);
            if (dir.Name != keep && (abandoned || !dir.Name.StartsWith(BuildingPrefix, StringComparison.Ordinal)))
            {
                DeleteFolder(dir.FullName);
            }
        }
    }

    private void DeleteFolder(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not delete the old index generation {Folder}", path);
        }
    }

    private string? ReadPointer()
    {
        var file = Path.Combine(_root, PointerFile);
        return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
    }

    private void WritePointer(string generation)
    {
        var temp = Path.Combine(_root, PointerFile + ".tmp");
        File.WriteAllText(temp, generation);
        File.Move(temp, Path.Combine(_root, PointerFile), overwrite: true);
    }

    private static Dictionary<string, string> CommitData(long position, string fingerprint) => new()
    {
        [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
        [FingerprintKey] = fingerprint,
    };

    /// <summary>The open parts of one generation.</summary>
    private sealed class Live : IDisposable
    {
        private Live(string generation, LuceneDirectory directory, IndexWriter writer, SearcherManager searchers, long position, string fingerprint)
        {
            Generation = generation;
            Directory = directory;
            Writer = writer;
            Searchers = searchers;
            Position = position;
            Fingerprint = fingerprint;
        }

        public string Generation { get; }
        public LuceneDirectory Directory { get; }
        public IndexWriter Writer { get; }
        public SearcherManager Searchers { get; }
        public long Position { get; set; }
        public string Fingerprint { get; }

        public static Live Open(string path, string generation, Analyzer analyzer, bool verify)
        {
            var directory = FSDirectory.Open(path);
            IndexWriter? writer = null;
            try
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    throw new IOException($"no Lucene commit in {path}");
                }

                IDictionary<string, string> data;
                using (var reader = DirectoryReader.Open(directory))
                {
                    if (verify)
                    {
                        // Checksums of every file: a torn or overwritten file is caught here, not by a visitor's query.
                        foreach (var leaf in reader.Leaves)
                        {
                            leaf.AtomicReader.CheckIntegrity();
                        }
                    }

                    data = reader.IndexCommit.UserData;
                }

                writer = new IndexWriter(directory, new IndexWriterConfig(CultureAnalyzer.Version, analyzer) { OpenMode = OpenMode.APPEND });
                var searchers = new SearcherManager(writer, true, null);
                var position = data.TryGetValue(PositionKey, out var p) ? long.Parse(p, CultureInfo.InvariantCulture) : 0;
                return new Live(generation, directory, writer, searchers, position, (data.TryGetValue(FingerprintKey, out var f) ? f : ""));
            }
            catch
            {
                writer?.Dispose();
                directory.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }
    }
}

/// <summary>A searcher borrowed from an index; returning it lets an old generation close.</summary>
public sealed class SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
