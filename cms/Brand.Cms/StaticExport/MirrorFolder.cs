namespace Brand.Cms.StaticExport;

/// <summary>
/// The mirror is written beside its folder and swapped in at the end, so a static host serving the previous
/// mirror keeps serving a whole one during an export. The replaced mirror stays as DIR.previous until the
/// next export, which deletes it while it renders (deleting ten thousand files takes seconds to tens of
/// seconds on a disk with online discard: not on the critical path). A marker file tells a previous mirror
/// (replaced) from any other non-empty folder (refused: the command never deletes someone's files).
/// One export at a time per folder: DIR.lock is held (an exclusive lock, released with the process) for the
/// whole export, so an overlapping run (two cron jobs) is refused instead of deleting the other's copy.
/// </summary>
public sealed class MirrorFolder : IDisposable
{
    public const string Marker = ".brand-static-mirror";
    public const string PreviousSuffix = ".previous";
    public const string LockSuffix = ".lock";

    private readonly Task _cleaning;
    private readonly FileStream _lock;

    private MirrorFolder(string target, string building, Task cleaning, FileStream held)
    {
        Target = target;
        Building = building;
        _cleaning = cleaning;
        _lock = held;
    }

    /// <summary>The folder asked for.</summary>
    public string Target { get; }

    /// <summary>Where this export writes until <see cref="CommitAsync"/>.</summary>
    public string Building { get; }

    /// <summary>Null with a reason when <paramref name="target"/> holds files that are not a mirror.</summary>
    public static (MirrorFolder? Folder, string? Refusal) Prepare(string target)
    {
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (File.Exists(target))
        {
            return (null, $"{target} is a file, not a folder.");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker)))
        {
            return (null, $"{target} is not empty and holds no previous mirror ({Marker}): choose an empty or new folder.");
        }

        FileStream held;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            held = new FileStream(target + LockSuffix, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return (null, $"Another export into {target} is running ({target}{LockSuffix} is held): wait for it to end.");
        }

        // The mirror before the previous one, and leftovers of an interrupted export, go in the background:
        // with the lock held, no other export is writing any of them.
        var stale = new List<string>();
        var previous = target + PreviousSuffix;
        if (Directory.Exists(previous) && File.Exists(Path.Combine(previous, Marker)))
        {
            var doomed = $"{target}.deleting-{Environment.ProcessId}";
            Directory.Move(previous, doomed);
            stale.Add(doomed);
        }

        stale.AddRange(Directory.EnumerateDirectories(Path.GetDirectoryName(target)!, Path.GetFileName(target) + ".*")
            .Where(d => (d.Contains(".building-", StringComparison.Ordinal) || d.Contains(".deleting-", StringComparison.Ordinal))
                && File.Exists(Path.Combine(d, Marker)) && !stale.Contains(d)));
        var building = $"{target}.building-{Environment.ProcessId}";
        stale.Remove(building);
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        Directory.CreateDirectory(building);
        File.WriteAllText(Path.Combine(building, Marker), "Written by `Brand.Cms export-static`; the folder is replaced by the next export.\n");
        var cleaning = Task.Run(() => stale.ForEach(d => Directory.Delete(d, recursive: true)));
        return (new MirrorFolder(target, building, cleaning, held), null);
    }

    /// <summary>Puts the new mirror in place: the current one becomes DIR.previous (two renames).</summary>
    public async Task CommitAsync()
    {
        await _cleaning;
        if (Directory.Exists(Target))
        {
            Directory.Move(Target, Target + PreviousSuffix);
        }

        Directory.Move(Building, Target);
    }

    /// <summary>Removes the unfinished copy (an export that could not start).</summary>
    public async Task AbandonAsync()
    {
        await _cleaning;
        if (Directory.Exists(Building))
        {
            Directory.Delete(Building, recursive: true);
        }
    }

    /// <summary>Waits for the background deletion (an export whose new copy is kept aside).</summary>
    public Task SettleAsync() => _cleaning;

    /// <summary>Lets the next export in.</summary>
    public void Dispose() => _lock.Dispose();
}
