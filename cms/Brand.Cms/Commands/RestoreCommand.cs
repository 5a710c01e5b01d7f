using Brand.Cms.Backups;

namespace Brand.Cms.Commands;

/// <summary>
/// `restore DIR [--force]`: puts a backup back into the configured data folder (Backups/BackupRestorer).
/// Runs without the host (CliCommand.NeedsHost): start-up would migrate and seed the database being replaced,
/// and hold it open. Exit 0 when restored, 1 when refused (the reason on standard error, nothing changed).
/// </summary>
public static class RestoreCommand
{
    public static int Run(string[] hostArgs, string folder, bool force, TextWriter output)
    {
        BackupLocation location;
        try
        {
            location = BackupLocation.FromHostArgs(hostArgs);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        var result = new BackupRestorer(location, output).Restore(folder, force);
        if (result.Status != RestoreStatus.Done)
        {
            Console.Error.WriteLine(result.Message);
            return 1;
        }

        output.WriteLine(result.Message);
        return 0;
    }
}
