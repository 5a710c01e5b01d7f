using Brand.Backoffice.ApiKeys;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Media;
using Brand.Backoffice.Review;
using Brand.Backoffice.Users;
using Brand.Cms.Core.Storage;
using Brand.Backoffice.DataProtection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Storage;

/// <summary>
/// The backoffice's tables, in the engine's database (same file or server) with their own migrations and
/// migration history: users and roles (Identity), the audit log, review requests, media and API keys, and the
/// data-protection keys every node shares (so a session cookie or a form token made on one is read on another).
/// One subclass per provider exists only so each has its own migrations, as for the engine.
/// </summary>
public abstract class BackofficeDbContext(DbContextOptions options) : IdentityDbContext<BackofficeUser>(options)
{
    public const string HistoryTable = "__backoffice_migrations";

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<ReviewRequest> Reviews => Set<ReviewRequest>();
    public DbSet<MediaItem> Media => Set<MediaItem>();
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();
    public DbSet<SharedKey> DataProtectionKeys => Set<SharedKey>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("backoffice_audit");
            audit.HasIndex(a => a.At);
            audit.HasIndex(a => a.Target);
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.Target).HasMaxLength(128);
            audit.Property(a => a.Outcome).HasMaxLength(16);
        });
        builder.Entity<ReviewRequest>(review =>
        {
            review.ToTable("backoffice_reviews");
            review.HasIndex(r => new { r.Status, r.SubmittedAt });
            review.HasIndex(r => r.NodeId);
            review.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        });
        builder.Entity<MediaItem>(media =>
        {
            media.ToTable("backoffice_media");
            media.HasIndex(m => m.Key).IsUnique();
            media.HasIndex(m => m.ParentId);
            media.Property(m => m.Version).IsConcurrencyToken();
        });
        builder.Entity<ApiKeyRecord>(key =>
        {
            key.ToTable("backoffice_api_keys");
            key.HasIndex(k => k.Sha256).IsUnique();
        });
        builder.Entity<SharedKey>(key =>
        {
            key.ToTable("backoffice_data_protection_keys");
            key.Property(k => k.FriendlyName).HasMaxLength(200);
            key.HasIndex(k => k.FriendlyName).IsUnique();
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are UTC everywhere: SQLite forgets the kind, Npgsql refuses anything else.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteBackofficeDbContext(DbContextOptions<SqliteBackofficeDbContext> options) : BackofficeDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresBackofficeDbContext(DbContextOptions<PostgresBackofficeDbContext> options) : BackofficeDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
