using Microsoft.Extensions.DependencyInjection;

namespace Brand.PublicApi.Indicators;

public static class IndicatorsExtensions
{
    /// <summary>The programme's indicators, and the self-diagnostic's (whose engine the host registers with AddSelfDiagnostic).</summary>
    public static IServiceCollection AddIndicators(this IServiceCollection services) => services
        .AddSingleton<IndicatorService>()
        .AddSingleton<DiagnosticFigures>();
}
