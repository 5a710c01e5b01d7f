using Microsoft.Extensions.DependencyInjection;

namespace Brand.Backoffice.ContactRequests;

public static class ContactRequestsExtensions
{
    /// <summary>
    /// The network managers' follow-up of the self-diagnostic's contact requests. The requests themselves
    /// (storage, mail, erasure) are the engine's, registered by the host with AddSelfDiagnostic.
    /// </summary>
    public static IServiceCollection AddContactRequests(this IServiceCollection services)
    {
        services.AddSingleton<ContactRequestContext>();
        return services;
    }
}
