using System.Xml.Linq;
using Brand.Backoffice.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Brand.Backoffice.DataProtection;

/// <summary>
/// Keeps the data-protection key ring in the shared database, so a backoffice session, an anti-forgery token or
/// a preview link made on one node is accepted on every other. (Microsoft's EntityFrameworkCore package does the
/// same but needs EF Core 10.0.12, newer than the one this solution pins; this is its twenty lines.)
/// <para>
/// A server that kept its keys in <c>DataPath/keys</c> (before this existed) has them copied into the table the
/// first time the ring is read: its signed-in editors stay signed in and pending preview links keep working.
/// Copying rather than reading the folder forever is what lets a second node, which has no such folder, read them.
/// The files are left where they are, unused.
/// </para>
/// </summary>
public sealed class DatabaseXmlRepository(IDbContextFactory<BackofficeDbContext> dbFactory, string legacyFolder, ILogger<DatabaseXmlRepository> logger)
    : IXmlRepository
{
    private readonly Lock _importing = new();
    private bool _imported;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        ImportLegacyKeysOnce();
        using var db = dbFactory.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = dbFactory.CreateDbContext();
        db.DataProtectionKeys.Add(new SharedKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }

    private void ImportLegacyKeysOnce()
    {
        lock (_importing)
        {
            if (_imported)
            {
                return;
            }

            var files = Directory.Exists(legacyFolder) ? Directory.GetFiles(legacyFolder, "*.xml") : [];
            if (files.Length > 0)
            {
                using var db = dbFactory.CreateDbContext();
                var known = db.DataProtectionKeys.Select(k => k.FriendlyName).ToHashSet(StringComparer.Ordinal);
                foreach (var file in files.Order(StringComparer.Ordinal))
                {
                    var name = Path.GetFileNameWithoutExtension(file);
                    if (known.Contains(name))
                    {
                        continue;
                    }

                    try
                    {
                        var xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting);
                        db.DataProtectionKeys.Add(new SharedKey { FriendlyName = name, Xml = xml });
                        db.SaveChanges();
                        logger.LogInformation("Copied the data-protection key {Key} from {Folder} into the database", name, legacyFolder);
                    }
                    catch (DbUpdateException)
                    {
                        // Another node copied the same key at the same moment (the name is unique): it is there.
                        db.ChangeTracker.Clear();
                    }
                }
            }

            _imported = true;
        }
    }
}
