using System.Net;
using System.Text;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Tests.Backoffice.Audit;

public sealed class AuditLogPageTests
{
    [Fact]
    public async Task AuditPage_FiltersByTextOutcomeAndParisDays_KeepingTheFiltersInTheForm()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        // 23:30 UTC on 10 March is 00:30 on 11 March in Paris; 22:30 UTC is still the 10th there.
        await AddAsync(server,
            Entry("content.publish", "content:41", AuditOutcome.Succeeded, "Alice <alice@example.fr>", new DateTime(2026, 3, 10, 23, 30, 0)),
            Entry("content.publish", "content:42", AuditOutcome.Failed, "Alice <alice@example.fr>", new DateTime(2026, 3, 10, 23, 40, 0)),
            Entry("content.publish", "content:43", AuditOutcome.Failed, "Alice <alice@example.fr>", new DateTime(2026, 3, 10, 22, 30, 0)),
            Entry("media.upload", "media:44", AuditOutcome.Failed, "Bob <bob@example.fr>", new DateTime(2026, 3, 11, 9, 0, 0)));
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        var html = await editor.GetStringAsync("/backoffice/audit?q=ALICE&outcome=failed&from=2026-03-11&to=2026-03-11");

        Assert.Contains("content:42", html, StringComparison.Ordinal);
        Assert.DoesNotContain("content:41", html, StringComparison.Ordinal); // succeeded
        Assert.DoesNotContain("content:43", html, StringComparison.Ordinal); // 10 March in Paris
        Assert.DoesNotContain("media:44", html, StringComparison.Ordinal);   // Bob
        Assert.Contains("11/03/2026 00:40:00", html, StringComparison.Ordinal);
        Assert.Contains("name=\"q\" type=\"search\" value=\"ALICE\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"failed\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"from\" type=\"date\" value=\"2026-03-11\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/backoffice/audit/export.csv?q=ALICE&amp;outcome=failed&amp;from=2026-03-11&amp;to=2026-03-11\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_PagesNewestFirst_OnTheKey_AndTheTimeIsIndexed()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var start = new DateTime(2026, 1, 1, 8, 0, 0);
        await AddAsync(server, Enumerable.Range(1, 120).Select(i => Entry("bulk.action", $"bulk:{i:D3}", AuditOutcome.Succeeded, "Robot", start.AddMinutes(i))).ToArray());
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        var first = await editor.GetStringAsync("/backoffice/audit?action=bulk.action");
        var older = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/backoffice/audit\\?action=bulk.action&amp;before=\\d+)\"").Groups[1].Value;
        var second = await editor.GetStringAsync(WebUtility.HtmlDecode(older));

        Assert.True(first.IndexOf("bulk:120", StringComparison.Ordinal) < first.IndexOf("bulk:119", StringComparison.Ordinal));
        Assert.Contains("bulk:071", first, StringComparison.Ordinal);
        Assert.DoesNotContain("bulk:070", first, StringComparison.Ordinal);
        Assert.Contains("bulk:070", second, StringComparison.Ordinal);
        Assert.Contains("bulk:021", second, StringComparison.Ordinal);
        Assert.DoesNotContain("bulk:071", second, StringComparison.Ordinal);

        // Benchmark-free: the newest-first page is read along the primary key and stops after a page (no sort of
        // the whole table), and the date filters have an index on the time.
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        var sql = db.Audit.OrderByDescending(a => a.Id).Take(51).ToQueryString();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + Inline(sql);
        var plan = new StringBuilder();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.AppendLine(reader.GetString(3));
            }
        }

        Assert.Contains("SCAN", plan.ToString(), StringComparison.Ordinal); // along the table (its alias varies), not a sort
        Assert.DoesNotContain("TEMP B-TREE", plan.ToString(), StringComparison.Ordinal);
        var audit = db.Model.FindEntityType(typeof(AuditEntry))!;
        Assert.Contains(audit.GetIndexes(), i => i.Properties.Select(p => p.Name).SequenceEqual(["At"]));
        Assert.Equal(["Id"], audit.FindPrimaryKey()!.Properties.Select(p => p.Name));
    }

    [Fact]
    public async Task CsvExport_HasAHeaderRow_ABom_IsoUtcDates_EscapedFormulas_AndTheFilterApplied()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        await AddAsync(server,
            Entry("signin", "email:=HYPERLINK(\"http://evil\")", AuditOutcome.Failed, "=HYPERLINK(\"http://evil\",\"x\")", new DateTime(2026, 3, 10, 23, 30, 0), detail: "+33 1 23, \"quoted\""),
            Entry("signin", "email:ok@example.fr", AuditOutcome.Succeeded, "ok@example.fr", new DateTime(2026, 3, 10, 23, 31, 0)));
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        using var response = await editor.GetAsync("/backoffice/audit/export.csv?action=signin&outcome=failed");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("id,at_utc,user_id,actor,action,target,outcome,detail,before,after,ip_address", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains(",2026-03-10T23:30:00Z,", row, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",", row, StringComparison.Ordinal);
        Assert.Contains(",\"'+33 1 23, \"\"quoted\"\"\",", row, StringComparison.Ordinal);
        Assert.DoesNotContain("ok@example.fr", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPageAndExport_AreRefusedToAWriter_With403()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        using var writer = await BackofficeSession.SignInAsync(server, Roles.Writer);

        using var page = await writer.GetAsync("/backoffice/audit");
        using var export = await writer.GetAsync("/backoffice/audit/export.csv");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.DoesNotContain("href=\"/backoffice/audit\"", await writer.GetStringAsync("/backoffice"), StringComparison.Ordinal);
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        Assert.Equal(2, await db.Audit.CountAsync(a => a.Action == "permission.AuditRead" && a.Outcome == AuditOutcome.Refused));
    }

    [Fact]
    public async Task AuditEntry_ShowsBeforeAndAfterSideBySide_HighlightingWhatChanged()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var entry = Entry("media.update", "media:1", AuditOutcome.Succeeded, "Alice", new DateTime(2026, 3, 10, 9, 0, 0));
        entry.Before = "{\n  \"altFr\": \"Ancien texte\",\n  \"name\": \"Photo\"\n}";
        entry.After = "{\n  \"altFr\": \"Nouveau texte\",\n  \"name\": \"Photo\"\n}";
        await AddAsync(server, entry);
        using var editor = await BackofficeSession.SignInAsync(server, Roles.Editor);

        var html = await editor.GetStringAsync($"/backoffice/audit/{entry.Id}");

        Assert.Matches("<td class=\"bo-diff-before\"><code[^>]*>  &quot;altFr&quot;: &quot;Ancien texte&quot;,</code>.*</td>\\s*<td class=\"bo-diff-after\"><code[^>]*>  &quot;altFr&quot;: &quot;Nouveau texte&quot;,</code>", html);
        Assert.Matches("<td class=\"\"><code[^>]*>  &quot;name&quot;: &quot;Photo&quot;</code></td>", html);
    }

    /// <summary>EF's SQLite query text with its ".param set @p 51" lines put in place.</summary>
    private static string Inline(string sql)
    {
        var parameters = System.Text.RegularExpressions.Regex.Matches(sql, @"^\.param set (\S+) (\S+)$", System.Text.RegularExpressions.RegexOptions.Multiline);
        var body = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        return parameters.Aggregate(body, (text, p) => text.Replace(p.Groups[1].Value, p.Groups[2].Value.TrimEnd('\r'), StringComparison.Ordinal));
    }

    private static AuditEntry Entry(string action, string target, string outcome, string actor, DateTime at, string? detail = null) =>
        new() { Action = action, Target = target, Outcome = outcome, Actor = actor, At = DateTime.SpecifyKind(at, DateTimeKind.Utc), Detail = detail, UserId = "" };

    private static async Task AddAsync(SiteServer server, params AuditEntry[] entries)
    {
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        db.Audit.AddRange(entries);
        await db.SaveChangesAsync();
    }
}
