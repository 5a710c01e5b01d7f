using System.Diagnostics;

namespace Brand.Cms.Tests.Faults;

/// <summary>
/// A tiny tmpfs mounted on a fresh temporary folder (root only: this machine and CI run the tests as root),
/// for disk-full tests: a real filesystem that answers ENOSPC when full. Unmounted on dispose.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    public TmpfsMount(string size)
    {
        Path = Directory.CreateTempSubdirectory("brand-tmpfs-").FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", Path);
    }

    public string Path { get; }

    /// <summary>Bytes still free on the mount.</summary>
    public long Free => new DriveInfo(Path).AvailableFreeSpace;

    /// <summary>Takes all but <paramref name="leave"/> bytes of the free space with one file, returned so a test can free it.</summary>
    public string Fill(long leave)
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        using var file = File.Create(filler);
        file.Write(new byte[Math.Max(0, Free - leave)]);
        return filler;
    }

    public void Dispose()
    {
        // Lazy: a file handle a finishing background task still holds must not leave the mount behind.
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }
    }
}
