using Microsoft.Extensions.DependencyInjection;

namespace Brand.Backoffice.Review;

public static class ReviewExtensions
{
    /// <summary>The review workflow: submit for review, the Editors' queue, approve or send back.</summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddSingleton<ReviewMail>();
        services.AddSingleton<ReviewService>();
        return services;
    }
}
