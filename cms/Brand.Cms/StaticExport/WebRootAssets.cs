using Microsoft.Extensions.FileProviders;

namespace Brand.Cms.StaticExport;

/// <summary>
/// Copies every file the static-file middleware serves (the web root with the Razor class libraries' assets
/// under /_content/…: the theme, DSFR, Leaflet, Chart.js) into the mirror, and gives back their URL paths.
/// Their CSS refers to fonts and icons by relative URLs, so they work unchanged from any folder.
/// </summary>
public static class WebRootAssets
{
    public static async Task<(HashSet<string> Paths, int Files, long Bytes)> CopyAsync(IFileProvider webRoot, string folder, CancellationToken ct)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        var files = 0;
        var pending = new Stack<string>();
        pending.Push("");
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in webRoot.GetDirectoryContents(directory))
            {
                var path = directory + "/" + entry.Name;
                if (entry.IsDirectory)
                {
                    pending.Push(path);
                    continue;
                }

                var destination = Path.Combine(folder, path.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                await using (var source = entry.CreateReadStream())
                await using (var target = File.Create(destination))
                {
                    await source.CopyToAsync(target, ct);
                }

                paths.Add(path);
                // Links arrive percent-encoded (a space, an accent): both spellings name the file.
                paths.Add(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
                bytes += entry.Length;
                files++;
            }
        }

        return (paths, files, bytes);
    }
}
