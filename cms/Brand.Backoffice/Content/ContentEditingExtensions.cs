using Microsoft.Extensions.DependencyInjection;

namespace Brand.Backoffice.Content;

public static class ContentEditingExtensions
{
    /// <summary>The content tree and editor's services: form reading, listings, copy.</summary>
    public static IServiceCollection AddContentEditing(this IServiceCollection services)
    {
        services.AddSingleton<EditorFormReader>();
        services.AddSingleton<ContentListing>();
        services.AddSingleton<ContentCopier>();
        services.AddSingleton<TrashedListing>();
        return services;
    }
}
