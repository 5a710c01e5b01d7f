namespace Brand.Cms.Core.Network;

/// <summary>Where an application to join the network stands. Granted and refused are final.</summary>
public enum ApplicationStatus
{
    Submitted,
    UnderReview,
    InformationRequested,
    Granted,
    Refused,
}

/// <summary>
/// Someone asking to join the network: what they said about their organisation, the charter they accepted,
/// and where the review stands. The applicant follows it through a private link whose token is kept only
/// as a hash; the network managers review it in the backoffice. Every change leaves an
/// <see cref="ApplicationEvent"/>, so its history is complete.
/// </summary>
public sealed class LabelApplication
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the private link's token (see <see cref="SecretToken"/>).</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The language the applicant wrote in: their e-mails and links are in it.</summary>
    public string Culture { get; set; } = "fr";

    /// <summary>volunteerConnector, labelledConnector or partnerOrganisation (the labelledActor kinds).</summary>
    public string Kind { get; set; } = "";

    public string Organisation { get; set; } = "";

    /// <summary>14 digits, checksum verified.</summary>
    public string Siret { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string Email { get; set; } = "";

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? Address { get; set; }

    public string Postcode { get; set; } = "";

    public string City { get; set; } = "";

    /// <summary>The presentation shown in the directory once granted, in <see cref="Culture"/>.</summary>
    public string Description { get; set; } = "";

    /// <summary>Specialty option values, comma-separated.</summary>
    public string Specialties { get; set; } = "";

    /// <summary>Department codes, comma-separated.</summary>
    public string Departments { get; set; } = "";

    public bool AcceptsRemote { get; set; }

    /// <summary>Businesses helped, projects, training given: what the managers check.</summary>
    public string References { get; set; } = "";

    /// <summary>When the applicant ticked the acceptance of the charter, and which charter (its page, as last published then) they were shown.</summary>
    public DateTime CharterAcceptedAt { get; set; }

    public Guid? CharterKey { get; set; }

    public DateTime? CharterPublishedAt { get; set; }

    public ApplicationStatus Status { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>When it was granted or refused: with <see cref="SubmittedAt"/>, the time to decision.</summary>
    public DateTime? DecidedAt { get; set; }

    /// <summary>The directory entry it created or renewed, once granted; or the one it renews, for a renewal.</summary>
    public Guid? ActorKey { get; set; }

    public string? LabelNumber { get; set; }

    public DateOnly? LabelGrantedOn { get; set; }

    public DateOnly? LabelExpiresOn { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Bumped on every change: a decision taken on a stale page is refused, not silently applied.</summary>
    public int Version { get; set; }

    public List<ApplicationEvent> Events { get; set; } = [];

    public List<ApplicationDocument> Documents { get; set; } = [];

    public IReadOnlyList<string> SpecialtyList => Split(Specialties);

    public IReadOnlyList<string> DepartmentList => Split(Departments);

    public bool IsDecided => Status is ApplicationStatus.Granted or ApplicationStatus.Refused;

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>One line of an application's history: a status change, the applicant's answer, or a note.</summary>
public sealed class ApplicationEvent
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public DateTime At { get; set; }

    /// <summary>The manager's name, or <see cref="ApplicantActor"/>.</summary>
    public string By { get; set; } = "";

    public ApplicationStatus? From { get; set; }

    public ApplicationStatus To { get; set; }

    /// <summary>What the manager wrote to the applicant (information asked, reason of a refusal), or the applicant's answer.</summary>
    public string? Message { get; set; }

    /// <summary>Whether <see cref="Message"/> was sent to the applicant (and is shown on their page); internal notes are not.</summary>
    public bool SharedWithApplicant { get; set; }

    public const string ApplicantActor = "applicant";
}

/// <summary>A PDF the applicant attached. The file lives outside the public media, readable by the network managers only.</summary>
public sealed class ApplicationDocument
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    /// <summary>The name the applicant's file had (shown to managers, never used as a path).</summary>
    public string FileName { get; set; } = "";

    /// <summary>The file's name on disk: a random name under the application's folder.</summary>
    public string StoredName { get; set; } = "";

    public long Length { get; set; }

    public DateTime UploadedAt { get; set; }
}

/// <summary>The longest text each field takes; the form and the database agree on them.</summary>
public static class ApplicationLimits
{
    public const int Organisation = 200;
    public const int ContactName = 120;
    public const int Email = 254;
    public const int Phone = 30;
    public const int Website = 300;
    public const int Address = 200;
    public const int City = 100;
    public const int Description = 800;
    public const int References = 3000;
    public const int Message = 3000;
    public const int FileName = 200;
    public const int MaxDocuments = 5;
}
