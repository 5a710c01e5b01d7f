using Brand.Cms.Core.Media;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Brand.PublicApi.Media;

public static class ApiMediaExtensions
{
    /// <summary>Picked media in GraphQL and the delivery API; without a media library (no backoffice) every key is unknown.</summary>
    public static IServiceCollection AddApiMedia(this IServiceCollection services)
    {
        services.TryAddSingleton<IMediaLookup, NoMediaLookup>();
        services.AddSingleton<ApiMediaSource>();
        return services;
    }
}
