using System.Net;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Cms.Tests.Host;

/// <summary>An unexpected exception gives the theme's 500 page, never a stack trace (Production).</summary>
public sealed class ServerErrorTests
{
    private const string Secret = "connection refused at Brand.Internal.Secret";

    [Fact]
    public async Task UnhandledException_Answers500WithTheThemePageAndNoDetails()
    {
        await using var database = new SqliteTestDatabase();
        await using var site = new SiteServer(database, services: s => s.Configure<MvcOptions>(o => o.Filters.Add(new FailingTemplate())));

        var response = await site.Http.GetAsync(new Uri("/fr/actualites", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Erreur 500", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    /// <summary>Fails the rendering of one page the way a broken template would.</summary>
    private sealed class FailingTemplate : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request.Path == "/fr/actualites" ? throw new InvalidOperationException(Secret) : next();
    }
}
