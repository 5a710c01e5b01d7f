namespace Brand.Backoffice.Review;

public enum ReviewStatus
{
    Pending,
    Approved,
    SentBack,
    Withdrawn,
}

/// <summary>A Writer's request that an Editor publish a draft: the version submitted, the cultures, and the outcome.</summary>
public sealed class ReviewRequest
{
    public int Id { get; set; }
    public int NodeId { get; set; }

    /// <summary>The draft version submitted; approving a newer draft than this is refused as a conflict.</summary>
    public int Version { get; set; }

    /// <summary>Comma-separated culture codes to publish.</summary>
    public string Cultures { get; set; } = "";

    public string SubmittedById { get; set; } = "";
    public string SubmittedBy { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
    public string? Message { get; set; }

    public ReviewStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }

    /// <summary>The Editor's comment, required when sending back.</summary>
    public string? Comment { get; set; }

    /// <summary>Set once the author has seen the outcome on their dashboard.</summary>
    public bool SeenByAuthor { get; set; }
}
