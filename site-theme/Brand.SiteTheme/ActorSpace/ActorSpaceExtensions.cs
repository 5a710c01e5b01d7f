using Brand.Cms.Core.Network;
using Brand.SiteTheme.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.SiteTheme.ActorSpace;

public static class ActorSpaceExtensions
{
    /// <summary>The actor space: its sign-in cookie, its page's forms, and what its template shows.</summary>
    public static IServiceCollection AddActorSpace(this IServiceCollection services)
    {
        services.AddActorSession();
        services.AddKeyedScoped<IContentFormHandler, ActorSpaceForm>(NetworkLinks.ActorSpaceType);
        services.AddScoped<ActorSpaceViews>();
        return services;
    }
}
