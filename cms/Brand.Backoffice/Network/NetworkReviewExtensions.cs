using Microsoft.Extensions.DependencyInjection;

namespace Brand.Backoffice.Network;

public static class NetworkReviewExtensions
{
    /// <summary>
    /// The network managers' pages: the applications' queue and decisions, the moderation of actors' edits,
    /// the network's statistics. The engine (storage, mail, granting) is registered by the host with AddNetwork.
    /// </summary>
    public static IServiceCollection AddNetworkReview(this IServiceCollection services)
    {
        services.AddSingleton<NetworkLabels>();
        services.AddSingleton<NetworkQueues>();
        return services;
    }
}
