using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.WebUtilities;

namespace Brand.Cms.StaticExport;

/// <summary>
/// Fetches every URL of the mirror from the site serving on loopback, a few at a time, and writes each to its
/// file: pages rewritten by <see cref="HtmlRewriter"/> (whose links add the pages they lead to), other
/// answers as they came. Requests carry the public host and scheme, so canonical URLs, feeds and the
/// sitemap name the real site, not the loopback port.
/// </summary>
internal sealed class MirrorCrawl(HttpClient http, Uri publicBase, MirrorPaths paths, MirrorNotices notices, string folder)
{
    private readonly Channel<MirrorTarget> _queue = Channel.CreateUnbounded<MirrorTarget>();
    private readonly ConcurrentDictionary<string, string?> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<MirrorProblem> _failed = new();
    private readonly ConcurrentQueue<MirrorProblem> _broken = new();
    private int _pending;
    private int _done;
    private int _pages;
    private int _written;
    private long _bytes;

    public int Done => Volatile.Read(ref _done);
    public int Found => _seen.Count;
    public int Pages => Volatile.Read(ref _pages);
    public int FilesWritten => Volatile.Read(ref _written);
    public long Bytes => Interlocked.Read(ref _bytes);
    public IReadOnlyList<MirrorProblem> Failed => [.. _failed];
    public IReadOnlyList<MirrorProblem> BrokenLinks => [.. _broken];

    /// <summary>Queues a site path ("/fr/annuaire?page=2") unless it is queued already.</summary>
    public void Add(string pathAndQuery, string? from = null)
    {
        var url = new Uri(publicBase, pathAndQuery);
        if (paths.Map(url.AbsolutePath, url.Query) is { IsAsset: false } target)
        {
            Add(target, from);
        }
    }

    /// <summary>Fetches until no page is left: each page may add the ones it links to.</summary>
    public async Task RunAsync(int concurrency, CancellationToken ct)
    {
        if (Volatile.Read(ref _pending) == 0)
        {
            _queue.Writer.TryComplete();
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            await foreach (var target in _queue.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await FetchAsync(target, notFoundPage: false, ct);
                }
                finally
                {
                    Interlocked.Increment(ref _done);
                    if (Interlocked.Decrement(ref _pending) == 0)
                    {
                        _queue.Writer.TryComplete();
                    }
                }
            }
        }, ct)));
    }

    /// <summary>
    /// The site's "page not found" as 404.html, with links from the mirror's root: a web server shows that
    /// one file at whatever depth was asked for, where relative links would lead nowhere.
    /// </summary>
    public Task NotFoundPageAsync(string missingPath, CancellationToken ct) =>
        FetchAsync(new MirrorTarget(missingPath, "404.html"), notFoundPage: true, ct);

    private void Add(MirrorTarget target, string? from)
    {
        if (!_seen.TryAdd(target.Url, from))
        {
            return;
        }

        Interlocked.Increment(ref _pending);
        _queue.Writer.TryWrite(target);
    }

    private async Task FetchAsync(MirrorTarget target, bool notFoundPage, CancellationToken ct)
    {
        var pageUrl = new Uri(publicBase, target.Url);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, target.Url);
            request.Headers.Host = publicBase.Authority;
            request.Headers.Add("X-Forwarded-Proto", publicBase.Scheme);
            request.Headers.AcceptLanguage.ParseAdd("fr");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var status = (int)response.StatusCode;
            if (notFoundPage ? status == 404 : status == 200)
            {
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    var html = await response.Content.ReadAsStringAsync(ct);
                    var region = QueryHelpers.ParseQuery(pageUrl.Query).TryGetValue(MirrorPaths.RegionParameter, out var r) ? r.ToString() : null;
                    var page = HtmlRewriter.Rewrite(html, raw => Link(raw, pageUrl, target.File, notFoundPage), notices, region);
                    Write(target, Encoding.UTF8.GetBytes(page));
                    Interlocked.Increment(ref _pages);
                }
                else
                {
                    Write(target, await response.Content.ReadAsByteArrayAsync(ct));
                }
            }
            else if (status is >= 300 and < 400 && response.Headers.Location is { } location
                && (target.File == "index.html" || target.File.EndsWith("/index.html", StringComparison.Ordinal)))
            {
                var to = new Uri(pageUrl, location);
                Write(target, Encoding.UTF8.GetBytes(RedirectStub(to, Link(to.OriginalString, pageUrl, target.File, false) ?? to.AbsoluteUri)));
                Interlocked.Increment(ref _pages);
            }
            else if (status is 404 or 410 or (>= 300 and < 400))
            {
                _broken.Enqueue(new MirrorProblem(target.Url, $"HTTP {status}", _seen.GetValueOrDefault(target.Url)));
            }
            else
            {
                _failed.Enqueue(new MirrorProblem(target.Url, $"HTTP {status}", _seen.GetValueOrDefault(target.Url)));
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            _failed.Enqueue(new MirrorProblem(target.Url, ex is TaskCanceledException ? "timed out" : ex.Message, _seen.GetValueOrDefault(target.Url)));
        }
    }

    /// <summary>A link of the page at <paramref name="pageUrl"/> as the mirror writes it; null to leave it as it is (another site, a fragment, mailto:).</summary>
    private string? Link(string raw, Uri pageUrl, string pageFile, bool fromRoot)
    {
        if (raw.Length == 0 || raw[0] == '#' || !Uri.TryCreate(pageUrl, raw, out var url) || url.Scheme is not ("http" or "https")
            || !string.Equals(url.Authority, publicBase.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (paths.Map(url.AbsolutePath, url.Query) is not { } target)
        {
            // Not on the mirror (the backoffice): the live site's address, never the loopback one.
            return new Uri(publicBase, url.PathAndQuery).AbsoluteUri + url.Fragment;
        }

        if (!target.IsAsset)
        {
            Add(target, pageUrl.PathAndQuery);
        }

        return (fromRoot ? MirrorPaths.FromRoot(target.File) : MirrorPaths.Relative(pageFile, target.File)) + url.Fragment;
    }

    private void Write(MirrorTarget target, byte[] content)
    {
        if (!_files.TryAdd(target.File, target.Url))
        {
            _failed.Enqueue(new MirrorProblem(target.Url, $"would overwrite {target.File}, written for {_files[target.File]}", _seen.GetValueOrDefault(target.Url)));
            return;
        }

        var path = Path.GetFullPath(Path.Combine(folder, target.File));
        if (!path.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // MirrorPaths refuses such addresses already: this is the last guard before writing.
            _failed.Enqueue(new MirrorProblem(target.Url, $"{target.File} is outside the mirror's folder", _seen.GetValueOrDefault(target.Url)));
            return;
        }

        var directory = Path.GetDirectoryName(path)!;
        if (_directories.TryAdd(directory, true))
        {
            Directory.CreateDirectory(directory);
        }

        // Synchronous: small files, and async file writes on Linux only add a hop through the thread pool.
        File.WriteAllBytes(path, content);
        Interlocked.Increment(ref _written);
        Interlocked.Add(ref _bytes, content.Length);
    }

    /// <summary>An old address or "/": a page that sends the browser on, with a link for those that do not follow.</summary>
    private string RedirectStub(Uri to, string href)
    {
        var encoded = MirrorNotices.Html(href);
        var english = to.AbsolutePath.StartsWith("/en", StringComparison.Ordinal);
        var text = english ? "This page has moved" : "Cette page a changé d’adresse";
        return $"<!DOCTYPE html>\n<html lang=\"{(english ? "en" : "fr")}\"><head><meta charset=\"utf-8\" /><title>{text}</title>"
            + $"<meta http-equiv=\"refresh\" content=\"0; url={encoded}\" /><link rel=\"canonical\" href=\"{MirrorNotices.Html(new Uri(publicBase, to.PathAndQuery).AbsoluteUri)}\" />"
            + $"</head><body><p>{text}{(english ? ":" : " :")} <a href=\"{encoded}\">{MirrorNotices.Html(to.AbsolutePath)}</a></p></body></html>\n";
    }
}
