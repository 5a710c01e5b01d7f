using Brand.Cms.Core;
using Brand.Cms.Core.DocumentTypes;
using Microsoft.Extensions.Options;

namespace Brand.Cms;

/// <summary>
/// Runs the engine's start-up. A broken configuration file stops the process with the file, line and
/// reason on standard error, not with a stack trace.
/// </summary>
public static class StartupGuard
{
    public static async Task<bool> InitializeAsync(WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<CmsInitializer>().InitializeAsync();
            return true;
        }
        catch (ContentModelException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            app.Logger.LogCritical("Start-up stopped: {Reason}", ex.Message);
            return false;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Invalid settings: " + string.Join("; ", ex.Failures));
            app.Logger.LogCritical("Start-up stopped: invalid settings: {Failures}", string.Join("; ", ex.Failures));
            return false;
        }
    }
}
