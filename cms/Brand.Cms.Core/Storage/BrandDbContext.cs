using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Storage;

/// <summary>
/// The database of the content engine. One subclass per provider exists only so each has its own
/// migrations; the model itself is the same and is applied from the configuration classes.
/// </summary>
public abstract class BrandDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ContentNode> Nodes => Set<ContentNode>();
    public DbSet<ContentVersion> Versions => Set<ContentVersion>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();
    public DbSet<ScheduledAction> Schedules => Set<ScheduledAction>();
    public DbSet<ContentSegment> Segments => Set<ContentSegment>();
    public DbSet<Redirects.RedirectUrl> Redirects => Set<Redirects.RedirectUrl>();
    public DbSet<SelfDiagnostic.DiagnosticResult> DiagnosticResults => Set<SelfDiagnostic.DiagnosticResult>();
    public DbSet<SelfDiagnostic.DimensionScore> DiagnosticScores => Set<SelfDiagnostic.DimensionScore>();
    public DbSet<SelfDiagnostic.ContactRequest> ContactRequests => Set<SelfDiagnostic.ContactRequest>();
    public DbSet<Network.LabelApplication> LabelApplications => Set<Network.LabelApplication>();
    public DbSet<Network.ApplicationEvent> ApplicationEvents => Set<Network.ApplicationEvent>();
    public DbSet<Network.ApplicationDocument> ApplicationDocuments => Set<Network.ApplicationDocument>();
    public DbSet<Network.NetworkMember> NetworkMembers => Set<Network.NetworkMember>();
    public DbSet<Network.ProfileEdit> ProfileEdits => Set<Network.ProfileEdit>();
    public DbSet<Network.SignInLink> SignInLinks => Set<Network.SignInLink>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BrandDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are UTC everywhere: SQLite forgets the kind, Npgsql refuses anything else.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteBrandDbContext(DbContextOptions<SqliteBrandDbContext> options) : BrandDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresBrandDbContext(DbContextOptions<PostgresBrandDbContext> options) : BrandDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
