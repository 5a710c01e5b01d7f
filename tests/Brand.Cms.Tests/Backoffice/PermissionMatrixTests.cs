using System.Net;
using Brand.Backoffice.Review;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.RecycleBin;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Cms.Tests.Backoffice;

/// <summary>
/// Every role against every backoffice action, as hand-made requests with a valid session and token: the
/// server alone decides. Expected answers are written from the issue's role descriptions, not read from
/// <see cref="Permissions"/>, so a wrong entry in that table fails here. A refused request answers 403 and
/// is audited; an allowed one gets anything but 403 (it may still fail for its own reasons: a stale version).
/// </summary>
public sealed class PermissionMatrixTests(PermissionMatrixTests.Team team) : IClassFixture<PermissionMatrixTests.Team>
{
    private const string A = Roles.Administrator, E = Roles.Editor, W = Roles.Writer, N = Roles.NetworkManager, T = Roles.Translator;

    /// <summary>What each action needs set up, and who may do it.</summary>
    private static readonly Dictionary<string, (string[] Allowed, Func<Team, Task<Request>> Probe)> _actions = new()
    {
        ["create an event"] = ([A, E, W], t => Task.FromResult(Post($"/backoffice/content/create?parentId={t.EventsFolder}&type=event", ("culture", "fr"), ("name", "Atelier sonde")))),
        ["save an event in French"] = ([A, E, W], async t => await SaveAsync(t, await t.NewEventAsync(), "fr")),
        ["save an event in English"] = ([A, E, W, T], async t => await SaveAsync(t, await t.NewEventAsync(), "en")),
        ["save an actor in French"] = ([A, E, W, N], async t => await SaveAsync(t, await t.NewActorAsync(), "fr")),
        ["publish an event"] = ([A, E], async t => await EditorAsync(t, await t.NewEventAsync(), "publish", ("publishCultures", "fr"))),
        ["publish an actor"] = ([A, E, N], async t => await EditorAsync(t, await t.NewActorAsync(), "publish", ("publishCultures", "fr"))),
        ["unpublish an event"] = ([A, E], async t => await EditorAsync(t, await t.NewEventAsync(), "unpublish", ("unpublishCultures", "fr"))),
        ["schedule an event"] = ([A, E], async t => await EditorAsync(t, await t.NewEventAsync(), "schedule",
            ("scheduleAction", "publish"), ("scheduleCulture", "fr"), ("scheduleAt", "2030-01-15T10:00"))),
        ["move an event"] = ([A, E], async t => Post($"/backoffice/content/{await t.NewEventAsync()}/move", ("newParentId", t.EventsFolder.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        ["copy an event"] = ([A, E, W], async t => Post($"/backoffice/content/{await t.NewEventAsync()}/copy", ("parentId", t.EventsFolder.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        ["sort the events"] = ([A, E], async t => Post($"/backoffice/content?open={t.EventsFolder}&handler=sort&page=1", ("step", $"{await t.NewEventAsync()}:up"))),
        ["delete an event"] = ([A, E], async t => Post($"/backoffice/content/{await t.NewEventAsync()}/delete")),
        ["restore an event"] = ([A, E], async t => Post("/backoffice/recycle-bin?handler=restore", ("id", (await t.TrashedEventAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        ["empty the recycle bin"] = ([A, E], _ => Task.FromResult(Post("/backoffice/recycle-bin?handler=empty", ("confirm", "true")))),
        ["roll an event back"] = ([A, E, W], async t => Post($"/backoffice/content/{await t.NewEventAsync()}/history?handler=Rollback", ("Version", "1"), ("ExpectedVersion", "1"))),
        ["submit an event for review"] = ([A, E, W, T], async t => Post($"/backoffice/content/{await t.NewEventAsync()}/submit", ("Cultures", "fr"), ("Message", "À relire"), ("Version", "1"))),
        ["approve a review"] = ([A, E], async t => Post($"/backoffice/review/{await t.PendingReviewAsync()}?handler=Approve")),
        ["delete a redirect"] = ([A, E], async t => Post($"/backoffice/content/{await t.NewEventAsync()}/redirects?handler=Delete", ("OldUrl", "/fr/ancienne-adresse"))),
        ["upload a media file"] = ([A, E, W, N], _ => Task.FromResult(new Request(HttpMethod.Post, "/backoffice/media/upload", [("Name", "Affiche"), ("AltFr", "Affiche")], Pdf: true))),
        ["delete a media file"] = ([A, E], async t => Post($"/backoffice/media/{await t.NewMediaAsync()}?handler=Delete", ("ConfirmDelete", "true"))),
        ["read the audit log"] = ([A, E], _ => Task.FromResult(new Request(HttpMethod.Get, "/backoffice/audit", []))),
        ["create a user"] = ([A], _ => Task.FromResult(Post("/backoffice/users/new", ("Email", $"nouveau-{Guid.NewGuid():N}@example.fr"), ("DisplayName", "Nouvelle personne"), ("Roles", W)))),
        ["create an API key"] = ([A], _ => Task.FromResult(Post("/backoffice/api-keys?handler=Create", ("Label", "Région test")))),
        ["revoke an API key"] = ([A], async t => Post("/backoffice/api-keys?handler=Revoke", ("id", Invariant(await t.NewApiKeyAsync())))),
        ["change a user's roles"] = ([A], async t => Post($"/backoffice/users/{await t.NewUserAsync()}?handler=Roles", ("Roles", E))),
        ["disable a user"] = ([A], async t => Post($"/backoffice/users/{await t.NewUserAsync()}?handler=Disable")),
        ["export the audit log"] = ([A, E], _ => Task.FromResult(new Request(HttpMethod.Get, "/backoffice/audit/export.csv", []))),
        ["edit a media file"] = ([A, E, W, N], async t => Post($"/backoffice/media/{await t.NewMediaAsync()}?handler=Save", ("Name", "Fiche renommée"), ("Version", "0"))),
        ["send a review back"] = ([A, E], async t => Post($"/backoffice/review/{await t.PendingReviewAsync()}?handler=SendBack", ("Comment", "À reprendre"))),
        ["cancel a schedule"] = ([A, E], async t => await CancelScheduleAsync(t)),
        ["preview an event"] = ([A, E, W, N, T], async t => Post($"/backoffice/content/{await t.NewEventAsync()}/preview?culture=fr")),
        ["save the site settings"] = ([A], async t => await SaveAsync(t, await t.SiteSettingsAsync(), "fr")),
        ["publish the site settings"] = ([A], async t => await EditorAsync(t, await t.SiteSettingsAsync(), "publish", ("publishCultures", "fr"))),
        ["view the contact requests"] = ([A, E, N], _ => Task.FromResult(new Request(HttpMethod.Get, "/backoffice/contact-requests", []))),
        ["view a contact request"] = ([A, E, N], async t => new Request(HttpMethod.Get, $"/backoffice/contact-requests/{await t.NewContactRequestAsync()}", [])),
        ["follow up a contact request"] = ([A, E, N], async t => Post($"/backoffice/contact-requests/{await t.NewContactRequestAsync()}",
            ("status", "InProgress"), ("note", "Rendez-vous pris"), ("version", "0"))),
        ["view the network applications"] = ([A, N], _ => Task.FromResult(new Request(HttpMethod.Get, "/backoffice/network/applications", []))),
        ["view a network application"] = ([A, N], async t => new Request(HttpMethod.Get, $"/backoffice/network/applications/{(await t.NewApplicationAsync()).Id}", [])),
        ["download an application's document"] = ([A, N], async t => await t.NewApplicationAsync() switch
        {
            var (id, document) => new Request(HttpMethod.Get, $"/backoffice/network/applications/{id}?handler=Document&documentId={document}", []),
        }),
        ["start reviewing an application"] = ([A, N], async t => Post($"/backoffice/network/applications/{(await t.NewApplicationAsync()).Id}?handler=StartReview", ("version", "0"))),
        ["add a note to an application"] = ([A, N], async t => Post($"/backoffice/network/applications/{(await t.NewApplicationAsync()).Id}?handler=Note",
            ("message", "Références vérifiées"), ("version", "0"))),
        ["view the profile edits"] = ([A, N], _ => Task.FromResult(new Request(HttpMethod.Get, "/backoffice/network/profile-edits", []))),
        ["view the network statistics"] = ([A, E, N], _ => Task.FromResult(new Request(HttpMethod.Get, "/backoffice/network/statistics", []))),
    };

    public static TheoryData<string> Actions() => [.. _actions.Keys];

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task EachRole_IsAllowedOrRefused_AsTheIssueSays(string action)
    {
        var (allowed, probe) = _actions[action];
        var request = await probe(team);
        var problems = new List<string>();
        // Refused roles first, while the target still exists: an allowed role may delete or consume it.
        foreach (var role in Roles.All.OrderBy(r => allowed.Contains(r)).Append("(no role)"))
        {
            var session = team.Sessions[role];
            var refusalsBefore = await team.RefusalsAsync();
            using var response = await session.SendAsync(request);
            // Without any role, a page view is sent to the "denied" page instead.
            var refused = response.StatusCode == HttpStatusCode.Forbidden
                || (role == "(no role)" && response.Headers.Location?.OriginalString.StartsWith("/backoffice/account/denied", StringComparison.Ordinal) == true);
            var shouldBeRefused = !allowed.Contains(role);
            if (refused != shouldBeRefused)
            {
                problems.Add($"{role}: {(int)response.StatusCode}, expected {(shouldBeRefused ? "403" : "not 403")}");
            }
            else if (refused && role != "(no role)" && await team.RefusalsAsync() != refusalsBefore + 1)
            {
                problems.Add($"{role}: refused but the refusal is not in the audit log");
            }
        }

        Assert.True(problems.Count == 0, $"{action}: {string.Join("; ", problems)}");
    }

    private static Request Post(string url, params (string, string)[] fields) => new(HttpMethod.Post, url, fields);

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<Request> CancelScheduleAsync(Team team)
    {
        var id = await team.NewEventAsync();
        var scheduled = await team.Site.Get<Brand.Cms.Core.Scheduling.ContentScheduler>().ScheduleAsync(id, "fr",
            Brand.Cms.Core.Scheduling.ScheduledActionKind.Publish, DateTimeOffset.UtcNow.AddDays(30), "matrix");
        return await EditorAsync(team, id, "cancelSchedule", ("scheduleId", Invariant(scheduled.Value!.Id)));
    }

    private static async Task<Request> SaveAsync(Team team, int id, string culture) =>
        await EditorAsync(team, id, "save", ($"name.{culture}", culture == "fr" ? "Nom modifié" : "Changed name"));

    /// <summary>The editor form of item <paramref name="id"/> as it was loaded (its version), to a handler.</summary>
    private static async Task<Request> EditorAsync(Team team, int id, string handler, params (string, string)[] fields)
    {
        var version = (await team.Site.Get<ContentQueries>().GetAsync(id))!.Version;
        var culture = fields.FirstOrDefault(f => f.Item1 == "name.en").Item1 is null ? "fr" : "en";
        return Post($"/backoffice/content/{id}?handler={handler}&culture={culture}",
            [("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("culture", culture), .. fields]);
    }

    public sealed record Request(HttpMethod Method, string Url, IReadOnlyList<(string Name, string Value)> Fields, bool Pdf = false);

    /// <summary>One site, and one signed-in session per role (and one without a role), for every action.</summary>
    public sealed class Team : IAsyncLifetime
    {
        private readonly SqliteTestDatabase _database = new();

        public SiteServer Site { get; private set; } = null!;
        public Dictionary<string, Session> Sessions { get; } = [];
        public int EventsFolder { get; private set; }
        public int ActorsFolder { get; private set; }

        public async Task InitializeAsync()
        {
            Site = new SiteServer(_database);
            var snapshot = Site.Get<PublishedContentCache>().Current;
            EventsFolder = snapshot.GetByRoute("/fr/evenements")!.Id;
            ActorsFolder = snapshot.GetByRoute("/fr/annuaire")!.Id;
            foreach (var role in Roles.All)
            {
                Sessions[role] = new Session(await BackofficeSession.SignInAsync(Site, role));
            }

            // Its only page is the sign-in page: it takes its anti-forgery token from there.
            Sessions["(no role)"] = new Session(await BackofficeSession.SignInAsync(Site), "/backoffice/account/sign-in");
        }

        public Task<int> NewEventAsync() => NewAsync("event", EventsFolder, "Atelier de la matrice");

        public Task<int> NewActorAsync() => NewAsync("labelledActor", ActorsFolder, "Acteur de la matrice");

        public async Task<int> TrashedEventAsync()
        {
            var id = await NewEventAsync();
            Assert.True((await Site.Get<RecycleBinService>().TrashAsync(id, "matrix")).Succeeded);
            return id;
        }

        public async Task<int> PendingReviewAsync()
        {
            var id = await NewEventAsync();
            await using var db = Site.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
            var review = new ReviewRequest { NodeId = id, Version = 1, Cultures = "fr", SubmittedBy = "matrix", SubmittedAt = DateTime.UtcNow, Status = ReviewStatus.Pending };
            db.Reviews.Add(review);
            await db.SaveChangesAsync();
            return review.Id;
        }

        public async Task<int> NewMediaAsync()
        {
            await using var db = Site.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
            var media = new Brand.Backoffice.Media.MediaItem
            {
                Key = Guid.NewGuid(), Name = "Fiche", ContentType = "application/pdf", Extension = ".pdf", Size = 10,
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, CreatedBy = "matrix", UpdatedBy = "matrix",
            };
            db.Media.Add(media);
            await db.SaveChangesAsync();
            return media.Id;
        }

        public async Task<int> NewApiKeyAsync()
        {
            await using var db = Site.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
            var key = new Brand.Backoffice.ApiKeys.ApiKeyRecord { Label = "Sonde", Sha256 = Guid.NewGuid().ToString("N"), Prefix = "cc_x", CreatedAt = DateTime.UtcNow, CreatedBy = "matrix" };
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
            return key.Id;
        }

        public async Task<string> NewUserAsync() =>
            (await BackofficeSession.CreateUserAsync(Site, $"sonde-{Guid.NewGuid():N}@example.fr", Roles.Writer)).Id;

        public async Task<long> NewContactRequestAsync() => (await ContactRequests.SentRequests.SendAsync(Site)).Id;

        /// <summary>A labelled connector's application with its one PDF: ids of both.</summary>
        public async Task<(long Id, long Document)> NewApplicationAsync()
        {
            var application = await Network.Applicants.SubmitAsync(Site, "labelledConnector", withDocument: true);
            var stored = await Site.Get<Brand.Cms.Core.Network.ApplicationReview>().FindAsync(application.Id);
            return (application.Id, stored!.Documents.Single().Id);
        }

        public Task<int> SiteSettingsAsync() =>
            Site.Get<ContentStore>().ReadAsync(db => db.Nodes.Where(n => n.ContentType == "siteSettings").Select(n => n.Id).FirstAsync());

        public async Task<int> RefusalsAsync()
        {
            await using var db = Site.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
            return await db.Audit.CountAsync(a => a.Outcome == Brand.Backoffice.Audit.AuditOutcome.Refused);
        }

        private async Task<int> NewAsync(string type, int parent, string name)
        {
            var data = new DocumentData();
            data.Names["fr"] = name;
            data.Names["en"] = name;
            var created = await Site.Get<ContentEditor>().CreateAsync(new NewContent(type, parent, data, "matrix"));
            Assert.True(created.Succeeded, created.Message);
            return created.Value!.Id;
        }

        public async Task DisposeAsync()
        {
            foreach (var session in Sessions.Values)
            {
                session.Backoffice.Dispose();
            }

            Site.Dispose();
            await _database.DisposeAsync();
        }
    }

    /// <summary>A signed-in session that can send a probe, as a form or (for an upload) as multipart with a small PDF.</summary>
    public sealed class Session(BackofficeSession backoffice, string tokenPage = "/backoffice")
    {
        public BackofficeSession Backoffice { get; } = backoffice;

        public async Task<HttpResponseMessage> SendAsync(Request request)
        {
            if (request.Method == HttpMethod.Get)
            {
                return await Backoffice.GetAsync(request.Url);
            }

            if (!request.Pdf)
            {
                return await Backoffice.PostFieldsAsync(request.Url, request.Fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), tokenPage);
            }

            using var form = new MultipartFormDataContent();
            foreach (var (name, value) in request.Fields)
            {
                form.Add(new StringContent(value), name);
            }

            form.Add(new StringContent(await Backoffice.TokenAsync(tokenPage)), "__RequestVerificationToken");
            var pdf = new ByteArrayContent("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray());
            pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            form.Add(pdf, "UploadedFile", "affiche.pdf");
            return await Backoffice.Http.PostAsync(request.Url, form);
        }
    }
}
