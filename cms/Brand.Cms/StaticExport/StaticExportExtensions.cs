using Brand.Cms.Core.Network;
using Brand.Cms.Core.Scheduling;
using Brand.Cms.Core.SelfDiagnostic;
using Microsoft.AspNetCore.OutputCaching;

namespace Brand.Cms.StaticExport;

public static class StaticExportExtensions
{
    /// <summary>The exporter, for the command and the tests (which run it against a site they serve).</summary>
    public static IServiceCollection AddStaticExport(this IServiceCollection services)
    {
        services.AddOptions<StaticExportOptions>().BindConfiguration(StaticExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StaticSiteExporter>();
        return services;
    }

    /// <summary>
    /// `export-static`: the whole site served on a free loopback port only, for the exporter to crawl, and
    /// none of the background jobs that write (scheduled publishing, label reminders, retention sweeps):
    /// an export only reads, whether the live site runs beside it or not.
    /// </summary>
    public static WebApplicationBuilder ForStaticExport(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // Each page is asked for once: storing ten thousand pages in the output cache (and evicting them
        // again past its size limit) would only cost. Nothing above a byte is kept.
        builder.Services.Configure<OutputCacheOptions>(o => o.MaximumBodySize = 1);
        Type[] writers = [typeof(ScheduledPublishingWorker), typeof(NetworkWorker), typeof(ContactRetentionWorker)];
        foreach (var worker in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && writers.Contains(d.ImplementationType)).ToList())
        {
            builder.Services.Remove(worker);
        }

        return builder;
    }
}
