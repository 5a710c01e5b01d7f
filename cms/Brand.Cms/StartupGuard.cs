using Brand.Cms.Core;
using Brand.Cms.Core.DocumentTypes;
using Microsoft.Extensions.Options;

namespace Brand.Cms;

/// <summary>
/// Runs the engine's start-up. A broken configuration file stops the process with the file, line and
/// reason on standard error, not with a stack trace; so do invalid settings.
/// </summary>
public static class StartupGuard
{
    public static async Task<bool> InitializeAsync(WebApplication app)
    {
        try
        {
            // The settings checked by ValidateOnStart, checked here rather than when the host starts, where a
            // failure would end the process with an unhandled exception and a stack trace.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.Services.GetRequiredService<CmsInitializer>().InitializeAsync(); // the modules' steps included

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
