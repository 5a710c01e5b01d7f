namespace Brand.Cms.Core.ChangeJournal;

/// <summary>
/// Raised after a write of this process commits, so followers of the journal (the search indexes) look
/// at once instead of at their next poll. Writes of other processes are found by polling.
/// </summary>
public sealed class JournalSignal
{
    public event Action? Written;

    public void Raise() => Written?.Invoke();
}
