using Brand.Cms.Core.SelfDiagnostic;
using Brand.SiteTheme.ActorDirectory;
using Brand.SiteTheme.Rendering;
using Brand.SiteTheme.SelfDiagnostic;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.SiteTheme;

public static class ThemeServiceCollectionExtensions
{
    /// <summary>The theme's settings, checked at start-up: a wrong map setting stops the site with its reason.</summary>
    public static IServiceCollection AddSiteTheme(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section)
            .Validate(o => o.Problem() is null, $"{MapOptions.Section} is invalid: see MapOptions.Problem.").ValidateOnStart();
        services.AddSingleton<VisitorQuota>();
        services.AddKeyedScoped<IContentFormHandler, QuestionnaireForm>(Questionnaire.PageType);
        ActorSpace.ActorSpaceExtensions.AddActorSpace(services);
        services.AddKeyedScoped<IContentFormHandler, Network.JoinForm>(Brand.Cms.Core.Network.NetworkLinks.ApplicationPageType);
        return services;
    }
}
