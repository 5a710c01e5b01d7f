using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.Network;

public static class NetworkServiceCollectionExtensions
{
    /// <summary>
    /// The brand network's engine: applications and their review, granting labels into the directory,
    /// actors' sign-in links and moderated edits, renewal reminders, statistics. The forms are the theme's,
    /// the review queue the backoffice's, the open statistics the public API's.
    /// </summary>
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NetworkOptions>, NetworkOptionsValidator>();
        services.AddSingleton<NetworkLinks>();
        services.AddSingleton<ApplicationRules>();
        services.AddSingleton<ApplicationDocuments>();
        services.AddSingleton<LabelApplications>();
        services.AddSingleton<LabelGranting>();
        services.AddSingleton<ApplicationReview>();
        services.AddSingleton<ActorSignIn>();
        services.AddSingleton<ProfileEdits>();
        services.AddSingleton<LabelRenewals>();
        services.AddSingleton<NetworkStatistics>();
        services.AddHostedService<NetworkWorker>();
        return services;
    }
}

internal sealed class NetworkOptionsValidator : IValidateOptions<NetworkOptions>
{
    public ValidateOptionsResult Validate(string? name, NetworkOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
