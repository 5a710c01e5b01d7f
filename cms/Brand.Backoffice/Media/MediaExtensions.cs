using Brand.Cms.Core.Media;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Brand.Backoffice.Media;

public static class MediaExtensions
{
    /// <summary>The media library's services and its settings under "Backoffice:Media".</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section).ValidateOnStart()
            .Validate(o => o.MaxImageBytes > 0 && o.MaxPdfBytes > 0, "Backoffice:Media:MaxImageBytes and MaxPdfBytes must be positive.");
        services.AddSingleton<MediaFileStore>();
        services.AddSingleton<MediaQueries>();
        services.AddSingleton<MediaUsage>();
        services.AddSingleton<MediaLibrary>();
        services.AddSingleton<MediaUploader>();
        // Replaces the engine's lookup that knows no file, whichever of the two was registered first.
        services.AddSingleton<PublicMediaLookup>();
        services.RemoveAll<IMediaLookup>();
        services.AddSingleton<IMediaLookup>(sp => sp.GetRequiredService<PublicMediaLookup>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PublicMediaLookup>());
        return services;
    }
}
