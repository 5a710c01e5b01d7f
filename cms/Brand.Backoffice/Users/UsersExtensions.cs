using Microsoft.Extensions.DependencyInjection;

namespace Brand.Backoffice.Users;

public static class UsersExtensions
{
    /// <summary>Users and roles administration.</summary>
    public static IServiceCollection AddUsers(this IServiceCollection services) =>
        // Scoped: it works through Identity's UserManager, which is.
        services.AddScoped<UserAdministration>();
}
