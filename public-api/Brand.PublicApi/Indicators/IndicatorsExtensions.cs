using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.Indicators;

public static class IndicatorsExtensions
{
    public static IServiceCollection AddIndicators(this IServiceCollection services) => services.AddSingleton<IndicatorService>();
}
