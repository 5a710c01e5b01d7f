using Microsoft.Extensions.DependencyInjection;

namespace Brand.Backoffice.Preview;

public static class PreviewExtensions
{
    /// <summary>Private preview links: /backoffice/content/{id}/preview makes one, /preview/{token} renders the draft.</summary>
    public static IServiceCollection AddPreview(this IServiceCollection services)
    {
        services.AddOptions<PreviewOptions>().BindConfiguration(PreviewOptions.Section).ValidateOnStart()
            .Validate(o => o.Lifetime > TimeSpan.Zero, "Backoffice:Preview:Lifetime must be positive.");
        services.AddSingleton<PreviewTokens>();
        services.AddSingleton<DraftPreview>();
        return services;
    }
}
