using Brand.Cms.Backups;

namespace Brand.Cms.Commands;

/// <summary>
/// `backup DIR`: a consistent online backup of the configured database and shared files into a new folder,
/// while the site may keep running on them (Backups/BackupWriter). Exit 0 when the backup is complete.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string folder, TextWriter output)
    {
        var result = await new BackupWriter(BackupLocation.FromServices(services), output).WriteAsync(folder);
        if (result.Status != BackupStatus.Done)
        {
            await Console.Error.WriteLineAsync(result.Message);
            return 1;
        }

        return 0;
    }
}
