namespace Brand.Cms.Core.Scheduling;

public enum ScheduledActionKind
{
    Publish,
    Unpublish,
}

/// <summary>A publish or unpublish of one culture due at a UTC time; removed once run.</summary>
public sealed class ScheduledAction
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public string Culture { get; set; } = "";
    public ScheduledActionKind Action { get; set; }
    public DateTime DueAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Set when the action ran but could not be applied (for example the draft was invalid).</summary>
    public string? Error { get; set; }
}
