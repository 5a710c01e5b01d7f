using Brand.Cms.Backups;

namespace Brand.Cms.Commands;

/// <summary>
/// `backup DIR`: a consistent online backup of the configured database and shared files into a new folder,
/// while the site may keep running on them (Backups/BackupWriter). Runs without the host (CliCommand.NeedsHost):
/// start-up would migrate the database first, and a backup taken with a new build before a deployment must
/// save the schema the running site uses. Exit 0 when the backup is complete.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(string[] hostArgs, string folder, TextWriter output)
    {
        BackupLocation location;
        try
        {
            location = BackupLocation.FromHostArgs(hostArgs);
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }

        var result = await new BackupWriter(location, output).WriteAsync(folder);
        if (result.Status != BackupStatus.Done)
        {
            await Console.Error.WriteLineAsync(result.Message);
            return 1;
        }

        return 0;
    }
}
