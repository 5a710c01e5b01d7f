using Microsoft.Playwright;

namespace Brand.Cms.Tests.EndToEnd;

/// <summary>
/// Records what goes wrong in a page while a test uses it, until disposed: a script error, a request that
/// failed or answered 4xx/5xx (the document itself excepted: a 404 page is meant to answer 404), a request
/// to another host (the site must need nothing from elsewhere: no CDN).
/// </summary>
public sealed class PageProblems : IDisposable
{
    private readonly IPage _page;
    private readonly string _siteAuthority;
    private readonly List<string> _problems = [];

    public PageProblems(IPage page, Uri site)
    {
        _page = page;
        _siteAuthority = site.Authority;
        page.PageError += OnPageError;
        page.RequestFailed += OnRequestFailed;
        page.Response += OnResponse;
        page.Request += OnRequest;
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Fails the test with every problem seen, one a line.</summary>
    public void AssertNone() => Assert.True(All.Count == 0, "Problems while loading the page:\n" + string.Join("\n", All));

    public void Dispose()
    {
        _page.PageError -= OnPageError;
        _page.RequestFailed -= OnRequestFailed;
        _page.Response -= OnResponse;
        _page.Request -= OnRequest;
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    private void OnPageError(object? sender, string error) => Add("script error: " + error);

    // Navigations are left out: a link answered with a download is reported as an aborted navigation.
    private void OnRequestFailed(object? sender, IRequest request)
    {
        if (!request.IsNavigationRequest)
        {
            Add($"failed: {request.Url} ({request.Failure})");
        }
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Status >= 400 && !response.Request.IsNavigationRequest)
        {
            Add($"{response.Status}: {response.Url}");
        }
    }

    private void OnRequest(object? sender, IRequest request)
    {
        if (new Uri(request.Url) is { Scheme: "http" or "https" } uri && uri.Authority != _siteAuthority)
        {
            Add("outside the site: " + request.Url);
        }
    }
}
