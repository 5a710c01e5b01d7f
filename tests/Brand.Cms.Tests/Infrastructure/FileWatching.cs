using System.Runtime.CompilerServices;

namespace Brand.Cms.Tests.Infrastructure;

/// <summary>
/// The test run starts hundreds of hosts in one process, and site processes beside it (they inherit the
/// environment). Each host's file watchers (appsettings reload, the web root behind asp-append-version) take
/// an inotify instance, and Linux gives a user 128: past that a page render throws an IOException, seen as an
/// intermittent 500 at the backoffice's sign-in. Polling watchers and no configuration reload take none. A
/// deployed site keeps the defaults: one host per process.
/// </summary>
internal static class FileWatching
{
#pragma warning disable CA2255 // a test assembly: this must run before any test builds a host, whatever the order
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UsePolling()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
