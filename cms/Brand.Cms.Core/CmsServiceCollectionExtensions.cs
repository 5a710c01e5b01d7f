using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Brand.Cms.Core.RecycleBin;
using Brand.Cms.Core.Scheduling;
using Brand.Cms.Core.Search;
using Brand.Cms.Core.Storage;
using Brand.Cms.Core.Transfer;
using Brand.Cms.Core.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core;

public static class CmsServiceCollectionExtensions
{
    /// <summary>The content engine: model, storage, services, published cache, scheduling, search.</summary>
    public static IServiceCollection AddBrandCms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BrandOptions>().BindConfiguration(BrandOptions.Section).ValidateOnStart()
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataPath), "Brand:DataPath must name a folder.");
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Scheduling:PollInterval must be positive.").ValidateOnStart();
        services.AddOptions<PublishedCacheOptions>().BindConfiguration(PublishedCacheOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero, "PublishedCache:PollInterval must be positive.").ValidateOnStart();

        services.AddOptions<Cluster.ClusterOptions>().BindConfiguration(Cluster.ClusterOptions.Section)
            .Validate(o => o.LeaseDuration > TimeSpan.Zero, "Cluster:LeaseDuration must be positive.")
            .Validate(o => o.ListenerRetry > TimeSpan.Zero, "Cluster:ListenerRetry must be positive.").ValidateOnStart();

        services.AddOptions<Mail.MailOptions>().BindConfiguration(Mail.MailOptions.Section).ValidateOnStart()
            .Validate(o => MimeKit.MailboxAddress.TryParse(o.From, out _), "Mail:From must be an e-mail address (\"Name <address>\" is fine).");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DataPaths>();
        services.AddSingleton(sp => ContentModelLoader.Load(sp.GetRequiredService<DataPaths>().Config));
        services.AddSingleton(sp => sp.GetRequiredService<ContentModel>().Cultures);
        services.AddSingleton<IDbContextFactory<BrandDbContext>>(sp =>
        {
            var provider = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
            var connectionString = configuration.GetConnectionString("Brand");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                connectionString = provider == DatabaseProvider.Sqlite
                    ? $"Data Source={sp.GetRequiredService<DataPaths>().Database}"
                    : throw new OptionsValidationException("ConnectionStrings:Brand", typeof(DatabaseOptions),
                        ["Database:Provider is Postgres: set ConnectionStrings__Brand to the server's connection string."]);
            }

            return new BrandDbContextFactory(provider, connectionString);
        });

        services.AddSingleton<JournalSignal>();
        services.AddSingleton<Cluster.NodeIdentity>();
        services.AddSingleton<Cluster.NodeLeases>();
        services.AddSingleton<Mail.MailSender>();
        services.AddSingleton<RichTextSanitizer>();
        // Every key unknown until a media library (the backoffice's) registers its own lookup.
        services.TryAddSingleton<Media.IMediaLookup, Media.NoMediaLookup>();
        services.AddSingleton<Geography.FranceGeography>();
        services.AddSingleton<ContentValidator>();
        services.AddSingleton<PublishedContentCache>();
        services.AddSingleton<ContentStore>();
        services.AddSingleton<ContentQueries>();
        services.AddSingleton<ContentEditor>();
        services.AddSingleton<ContentTree>();
        services.AddSingleton<PublishingService>();
        services.AddSingleton<VersionHistory>();
        services.AddSingleton<RecycleBinService>();
        services.AddSingleton<ContentScheduler>();
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<ContentExporter>();
        services.AddSingleton<CmsInitializer>();
        services.AddHostedService<PublishedCacheFollower>();
        // PostgreSQL only (it returns at once on SQLite): other nodes' writes arrive by NOTIFY, polling stays as the fallback.
        services.AddSingleton<JournalListener>();
        services.AddHostedService(sp => sp.GetRequiredService<JournalListener>());
        services.AddHostedService<ScheduledPublishingWorker>();
        services.AddHostedService<OrphanedValueReport>();
        services.AddBrandSearch();
        return services;
    }
}
