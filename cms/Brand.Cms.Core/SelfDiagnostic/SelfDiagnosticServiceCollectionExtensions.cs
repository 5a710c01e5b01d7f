using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.SelfDiagnostic;

public static class SelfDiagnosticServiceCollectionExtensions
{
    /// <summary>
    /// The self-diagnostic's engine: storing results, matching them to the programme, contact requests and
    /// their retention, open indicators. The public form is the theme's; the follow-up page the backoffice's.
    /// </summary>
    public static IServiceCollection AddSelfDiagnostic(this IServiceCollection services)
    {
        services.AddOptions<SelfDiagnosticOptions>().BindConfiguration(SelfDiagnosticOptions.Section).ValidateOnStart();
        // The failure names the setting and why, as start-up prints it.
        services.AddSingleton<IValidateOptions<SelfDiagnosticOptions>, SelfDiagnosticOptionsValidator>();
        services.AddSingleton<BusinessProfiles>();
        services.AddSingleton<DiagnosticResults>();
        services.AddSingleton<ActionPlanner>();
        services.AddSingleton<ContactRequestMail>();
        services.AddSingleton<ContactRequests>();
        services.AddSingleton<DiagnosticIndicators>();
        services.AddHostedService<ContactRetentionWorker>();
        return services;
    }
}

internal sealed class SelfDiagnosticOptionsValidator : IValidateOptions<SelfDiagnosticOptions>
{
    public ValidateOptionsResult Validate(string? name, SelfDiagnosticOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
