using Brand.PublicApi.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Brand.Backoffice.ApiKeys;

public static class ApiKeysExtensions
{
    /// <summary>Partner API keys made in the backoffice, and their use by the public API.</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.AddSingleton<StoredPartnerKeys>();
        // Replaces the public API's default (no stored keys), whether it was registered before or after.
        services.RemoveAll<IPartnerKeySource>();
        services.AddSingleton<IPartnerKeySource>(sp => sp.GetRequiredService<StoredPartnerKeys>());
        services.AddSingleton<ApiKeyService>();
        services.AddHostedService<PartnerKeyRefresher>();
        return services;
    }
}
