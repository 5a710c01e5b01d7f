using System.Collections.Concurrent;
using System.Net;
using Brand.Cms.Backups;
using Brand.Cms.Core.Storage;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Brand.Cms.Tests.Backups;

/// <summary>`backup DIR` and `restore DIR` on SQLite: the online backup API under writes, and restores that check before they change anything.</summary>
public sealed class SqliteBackupTests
{
    [Fact]
    public async Task Backup_WhileTheSiteServesAndAnEditorPublishes_GivesAnIntactCopyWithEveryCommittedItem()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        using var server = new SiteServer(database);
        var committed = new ConcurrentQueue<int>();
        var readerFailures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var editor = Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                committed.Enqueue((await BackupScenario.PublishArticleAsync(server, $"Article sous charge {n}")).Item.Id);
            }
        });
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var path in new[] { "/fr", "/fr/actualites", "/en/news" })
                {
                    using var response = await server.Http.GetAsync(path);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        readerFailures.Enqueue($"{path}: {(int)response.StatusCode}");
                    }
                }
            }
        });
        while (committed.Count < 10)
        {
            Assert.False(editor.IsFaulted, editor.Exception?.ToString());
            await Task.Delay(20);
        }

        var before = committed.ToArray();
        var folder = Path.Combine(BackupScenario.NewFolder("brand-backup-"), "backup");
        var output = new StringWriter();
        var result = await new BackupWriter(BackupLocation.FromServices(server.Services), output).WriteAsync(folder);
        var duringAndAfter = committed.Count;
        while (committed.Count < duringAndAfter + 3)
        {
            Assert.False(editor.IsFaulted, editor.Exception?.ToString()); // the backup did not block the editor
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await Task.WhenAll(editor, reader);

        Assert.True(result.Status == BackupStatus.Done, result.Message + output);
        Assert.Empty(readerFailures);
        var copy = Path.Combine(folder, "brand.db");
        Assert.Equal("ok", SqliteBackup.IntegrityCheck(copy));
        var published = new HashSet<int>();
        var rowsInCopy = 0;
        using (var connection = SqliteBackup.Open(copy, SqliteOpenMode.ReadOnly))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Id\", \"PublishedJson\" IS NOT NULL AND \"Trashed\" = 0 FROM content_nodes";
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                rowsInCopy++;
                if (rows.GetBoolean(1))
                {
                    published.Add(rows.GetInt32(0));
                }
            }
        }

        var missing = before.Where(id => !published.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of the {before.Length} items published before the backup are not in it");
        var manifest = BackupManifest.Read(folder)!;
        // Every row, not only the published ones: the snapshot may fall between an article's creation and its publication.
        Assert.Equal(rowsInCopy, manifest.Counts["content_nodes"]);
        Assert.True(manifest.JournalPosition >= before.Length, $"journal position {manifest.JournalPosition}");
        Assert.Contains("integrity ok", output.ToString(), StringComparison.Ordinal);
        // Readable by its owner only: it holds password hashes, contacts and the data-protection keys.
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }
    }

    [Fact]
    public async Task Restore_IntoAFreshDataFolder_TheSiteServesTheContentAndTheMediaFile()
    {
        var folder = Path.Combine(BackupScenario.NewFolder("brand-backup-"), "backup");
        string url, media;
        await using (var database = TestDatabase.Create(DatabaseProvider.Sqlite))
        using (var server = new SiteServer(database))
        {
            media = await BackupScenario.UploadImageAsync(server, "Visuel sauvegardé");
            (_, url) = await BackupScenario.PublishArticleAsync(server, "Article sauvegardé");
            var backup = await new BackupWriter(BackupLocation.FromServices(server.Services), TextWriter.Null).WriteAsync(folder);
            Assert.True(backup.Status == BackupStatus.Done, backup.Message);
        }

        await using var fresh = TestDatabase.Create(DatabaseProvider.Sqlite);
        var data = BackupScenario.NewFolder("brand-restored-");
        var output = new StringWriter();
        var restored = new BackupRestorer(BackupScenario.Location(fresh, data), output).Restore(folder, force: false);
        Assert.True(restored.Status == RestoreStatus.Done, restored.Message + output);

        using var site = new SiteServer(fresh, settings: BackupScenario.RestoredSite(data));
        var page = await site.Http.GetStringAsync(url);
        Assert.Contains("Article sauvegardé", page, StringComparison.Ordinal);
        var file = await site.Http.GetByteArrayAsync(media);
        Assert.Equal(Brand.Cms.Tests.Backoffice.Media.MediaUploads.Png, file);
    }

    [Fact]
    public async Task Restore_WithATamperedFile_IsRefusedNamingTheFile_AndChangesNothing()
    {
        var folder = Path.Combine(BackupScenario.NewFolder("brand-backup-"), "backup");
        await using (var database = TestDatabase.Create(DatabaseProvider.Sqlite))
        using (var server = new SiteServer(database))
        {
            await BackupScenario.UploadImageAsync(server, "Visuel modifié");
            Assert.Equal(BackupStatus.Done, (await new BackupWriter(BackupLocation.FromServices(server.Services), TextWriter.Null).WriteAsync(folder)).Status);
        }

        var image = Directory.GetFiles(Path.Combine(folder, "shared", "media")).Single();
        var bytes = File.ReadAllBytes(image);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(image, bytes);
        await using var fresh = TestDatabase.Create(DatabaseProvider.Sqlite);
        var data = BackupScenario.NewFolder("brand-restored-");

        var result = new BackupRestorer(BackupScenario.Location(fresh, data), TextWriter.Null).Restore(folder, force: true);

        Assert.Equal(RestoreStatus.Corrupt, result.Status);
        Assert.Contains("shared/media/" + Path.GetFileName(image), result.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(data));
        Assert.False(File.Exists(new SqliteConnectionStringBuilder(fresh.ConnectionString).DataSource));
    }

    [Fact]
    public async Task Restore_AManifestPathWithDotDot_IsRefused_AndWritesNothingOutsideTheDataFolder()
    {
        var folder = Path.Combine(BackupScenario.NewFolder("brand-backup-"), "backup");
        await using (var database = TestDatabase.Create(DatabaseProvider.Sqlite))
        using (var server = new SiteServer(database))
        {
            Assert.Equal(BackupStatus.Done, (await new BackupWriter(BackupLocation.FromServices(server.Services), TextWriter.Null).WriteAsync(folder)).Status);
        }

        // Inside the backup folder, so its hash checks out, but staged as media/../../brand.db: two levels above the library.
        var manifest = BackupManifest.Read(folder)!;
        var dbFile = manifest.Files.Single(f => f.Path == manifest.Database);
        (manifest with { Files = [.. manifest.Files, dbFile with { Path = "shared/media/../../" + dbFile.Path }] }).Write(folder);
        var parent = BackupScenario.NewFolder("brand-restored-");
        var data = Path.Combine(parent, "data");
        await using var fresh = TestDatabase.Create(DatabaseProvider.Sqlite);

        var result = new BackupRestorer(BackupScenario.Location(fresh, data), TextWriter.Null).Restore(folder, force: true);

        Assert.Equal(RestoreStatus.Corrupt, result.Status);
        Assert.Contains("shared/media/../../brand.db", result.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(parent, "brand.db")));
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task Restore_OverAnExistingSite_IsRefusedWithoutForce_AndReplacesItWithForce()
    {
        var folder = Path.Combine(BackupScenario.NewFolder("brand-backup-"), "backup");
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        string kept, later;
        var data = BackupScenario.NewFolder("brand-data-");
        using (var server = new SiteServer(database, settings: new Dictionary<string, string?> { ["Brand:DataPath"] = data }))
        {
            (_, kept) = await BackupScenario.PublishArticleAsync(server, "Avant la sauvegarde");
            Assert.Equal(BackupStatus.Done, (await new BackupWriter(BackupLocation.FromServices(server.Services), TextWriter.Null).WriteAsync(folder)).Status);
            (_, later) = await BackupScenario.PublishArticleAsync(server, "Après la sauvegarde");
        }

        var location = BackupScenario.Location(database, data);
        var refused = new BackupRestorer(location, TextWriter.Null).Restore(folder, force: false);
        Assert.Equal(RestoreStatus.TargetNotEmpty, refused.Status);
        Assert.Contains("--force", refused.Message, StringComparison.Ordinal);

        // A swap that fails half-way (here the search indexes cannot be moved aside: a folder of that name is in
        // the way) puts back what it had moved: the database is where it was, with the later article.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        var blocker = location.Indexes + ".before-restore-20261124-100000";
        Directory.CreateDirectory(blocker);
        File.WriteAllText(Path.Combine(blocker, "in-the-way"), "");
        var failed = new BackupRestorer(location, TextWriter.Null, clock).Restore(folder, force: true);
        Assert.True(failed.Status == RestoreStatus.Failed, failed.Message);
        Assert.Contains("remises en place", failed.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(location.SqliteFile));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(location.SqliteFile)!, "brand.db.before-restore-*"));
        Assert.False(File.Exists(location.SqliteFile + ".restoring"));
        Assert.False(Directory.Exists(location.Media + ".restoring"));
        using (var unchanged = new SiteServer(database, settings: BackupScenario.RestoredSite(data)))
        {
            Assert.Equal(HttpStatusCode.OK, (await unchanged.Http.GetAsync(later)).StatusCode);
        }

        Directory.Delete(blocker, recursive: true);
        var forced = new BackupRestorer(location, TextWriter.Null).Restore(folder, force: true);
        Assert.True(forced.Status == RestoreStatus.Done, forced.Message);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(location.SqliteFile)!, "brand.db.before-restore-*"));
        using var site = new SiteServer(database, settings: BackupScenario.RestoredSite(data));
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(kept)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync(later)).StatusCode);
    }
}
