using Brand.Cms.StaticExport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Brand.Cms.Commands;

/// <summary>
/// `export-static DIR`: starts the site as it would serve (the whole pipeline, on a free loopback port), has
/// <see cref="StaticSiteExporter"/> crawl it into DIR with progress, prints the summary and stops.
/// Exit code 0 when every page rendered, 1 when one did not (or the search index never opened), 2 when DIR
/// is refused (not empty and not a previous mirror).
/// </summary>
public static class StaticExportCommand
{
    public const string Name = "export-static";

    public static async Task<int> RunAsync(WebApplication app, string folder, TextWriter output)
    {
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var exporter = app.Services.GetRequiredService<StaticSiteExporter>();
            var (publicBase, configured) = exporter.PublicBaseUrl();
            var display = new ExportConsole(output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
            display.Status(configured
                ? $"Exporting the site as {publicBase} into {Path.GetFullPath(folder)}"
                : $"Exporting into {Path.GetFullPath(folder)}; canonical URLs, feeds and sitemap will name {publicBase}: set StaticExport:PublicBaseUrl (or Network:PublicBaseUrl) to the public address.");
            var result = await exporter.ExportAsync(new Uri(address), folder, display.Status, display, app.Lifetime.ApplicationStopping);
            display.Summary(result);
            return result.Status switch
            {
                StaticExportStatus.Completed => 0,
                StaticExportStatus.FolderRefused => 2,
                _ => 1,
            };
        }
        catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            await output.WriteLineAsync("\nStopped before the end: the previous mirror, if any, is untouched.");
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
