using System.Net;
using System.Text.RegularExpressions;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Review;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Review;

/// <summary>A Writer submits, an Editor sends back or approves; conflicts and permissions, on both databases.</summary>
public sealed partial class ReviewFlowTests
{
    public static TheoryData<DatabaseProvider> Providers => [.. SiteServer.Providers];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SubmitSendBackResubmitApprove_TheWriterSeesTheComment_ThenThePageIsPublic(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var article = await DraftArticles.CreateAsync(server, "Relecture croisée des pages");

        var form = await writer.GetStringAsync($"/backoffice/content/{article.Id}/submit");
        Assert.Contains("name=\"Cultures\" value=\"fr\"", form, StringComparison.Ordinal);
        var first = await SubmitAsync(writer, article.Id, article.Version, "Merci de relire le chapeau");

        var queue = await editor.GetStringAsync("/backoffice/review");
        Assert.Contains("Relecture croisée des pages", queue, StringComparison.Ordinal);
        Assert.Contains("Merci de relire le chapeau", queue, StringComparison.Ordinal);
        Assert.Contains($"href=\"/backoffice/review/{first}\"", queue, StringComparison.Ordinal);

        using (var noComment = await editor.PostFormAsync($"/backoffice/review/{first}?handler=SendBack", new() { ["Comment"] = "  " }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
            Assert.Contains("fr-input-group--error", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var sendBack = await editor.PostFormAsync($"/backoffice/review/{first}?handler=SendBack", new() { ["Comment"] = "Le chapeau est trop long, raccourcissez-le." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sendBack.StatusCode);
        }

        var dashboard = await writer.GetStringAsync("/backoffice");
        Assert.Contains("Le chapeau est trop long, raccourcissez-le.", dashboard, StringComparison.Ordinal);
        Assert.Contains("renvoyée à l'auteur", WebUtility.HtmlDecode(dashboard), StringComparison.Ordinal);
        Assert.Contains("Le chapeau est trop long, raccourcissez-le.", await writer.GetStringAsync("/backoffice/review"), StringComparison.Ordinal);
        Assert.Contains(Directory.GetFiles(server.Get<DataPaths>().MailPickup, "*.eml"),
            file => File.ReadAllText(file).Contains(writer.Email, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Relecture croisée des pages", await editor.GetStringAsync("/backoffice/review"), StringComparison.Ordinal);

        var shorter = await DraftArticles.ChangeAsync(server, article.Id, d => d.With("summary", "fr", "Un chapeau court."), writer.Email);
        var second = await SubmitAsync(writer, article.Id, shorter.Version, "C'est corrigé");
        using (var approve = await editor.PostFormAsync($"/backoffice/review/{second}?handler=Approve", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        }

        var url = server.Get<PublishedContentCache>().Current.GetById(article.Id, "fr")?.Url;
        Assert.NotNull(url);
        using var page = await server.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Un chapeau court.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(server.Get<PublishedContentCache>().Current.GetById(article.Id, "en")); // only French was submitted
        Assert.Contains("approuvée et publiée", WebUtility.HtmlDecode(await writer.GetStringAsync("/backoffice")), StringComparison.Ordinal);
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        var actions = await db.Audit.Where(a => a.Outcome == AuditOutcome.Succeeded).Select(a => a.Action).ToListAsync();
        Assert.Equal(2, actions.Count(a => a == "review.submit"));
        Assert.Contains("review.sendback", actions);
        Assert.Contains("review.approve", actions);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Approve_WhenTheDraftChangedSinceTheSubmission_IsRefused_AndTheRequestStaysPending(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var article = await DraftArticles.CreateAsync(server, "Un brouillon qui bouge");
        var request = await SubmitAsync(writer, article.Id, article.Version, null);
        await DraftArticles.ChangeAsync(server, article.Id, d => d.With("summary", "fr", "Changé après la soumission."));

        using var approve = await editor.PostFormAsync($"/backoffice/review/{request}?handler=Approve", []);

        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Contains("modifié depuis la soumission", WebUtility.HtmlDecode(await approve.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null((await DraftArticles.GetAsync(server, article.Id)).Published);
        Assert.Equal(ReviewStatus.Pending, (await server.Get<ReviewService>().GetAsync(request))!.Status);
    }

    [Fact]
    public async Task AWritersHandMadeApprove_Is403_Audited_AndPublishesNothing()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        var article = await DraftArticles.CreateAsync(server, "Je voudrais me publier");
        var request = await SubmitAsync(writer, article.Id, article.Version, null);

        using var approve = await writer.PostFormAsync($"/backoffice/review/{request}?handler=Approve", []);

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Null((await DraftArticles.GetAsync(server, article.Id)).Published);
        Assert.Equal(ReviewStatus.Pending, (await server.Get<ReviewService>().GetAsync(request))!.Status);
        Assert.DoesNotContain("?handler=Approve", await writer.GetStringAsync($"/backoffice/review/{request}"), StringComparison.Ordinal);
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.Contains(await db.Audit.ToListAsync(), a => a.Action == "permission.ReviewDecide" && a.Outcome == AuditOutcome.Refused && a.Target == $"review:{request}");
    }

    [Fact]
    public async Task TheAuthor_WithdrawsAPendingRequest_ItLeavesTheQueue_AndAnotherWriterCannot()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        using var otherWriter = await BackofficeSession.SignInAsync(server, Roles.Writer);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);
        var article = await DraftArticles.CreateAsync(server, "Finalement pas prêt");
        var request = await SubmitAsync(writer, article.Id, article.Version, null);

        using (var stranger = await otherWriter.PostFormAsync($"/backoffice/review/{request}?handler=Withdraw", []))
        {
            Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        }

        using (var withdraw = await writer.PostFormAsync($"/backoffice/review/{request}?handler=Withdraw", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        }

        Assert.Equal(ReviewStatus.Withdrawn, (await server.Get<ReviewService>().GetAsync(request))!.Status);
        Assert.DoesNotContain("Finalement pas prêt", await editor.GetStringAsync("/backoffice/review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithoutACulture_KeepsTheMessage_AndSaysWhyNextToTheField()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);
        var article = await DraftArticles.CreateAsync(server, "Sans langue");

        using var response = await writer.PostFieldsAsync($"/backoffice/content/{article.Id}/submit",
            [new("Version", article.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Message", "Mon message à garder")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez au moins une langue", html, StringComparison.Ordinal);
        Assert.Contains("Mon message à garder", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"cultures-legend cultures-error\"", html, StringComparison.Ordinal);
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.Empty(await db.Reviews.ToListAsync());
    }

    /// <summary>Submits the French version through the form; returns the new request's id.</summary>
    private static async Task<int> SubmitAsync(BackofficeSession writer, int id, int version, string? message)
    {
        using var response = await writer.PostFieldsAsync($"/backoffice/content/{id}/submit",
            [new("Cultures", "fr"), new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Message", message ?? "")]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"submit answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return int.Parse(RequestId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/backoffice/review/(\d+)$")]
    private static partial Regex RequestId();
}
