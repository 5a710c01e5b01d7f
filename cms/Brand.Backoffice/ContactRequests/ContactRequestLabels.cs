using Brand.Cms.Core.SelfDiagnostic;

namespace Brand.Backoffice.ContactRequests;

/// <summary>How the French UI names a contact request's status, and the DSFR badge that shows it.</summary>
public static class ContactRequestLabels
{
    /// <summary>The statuses in the order a request goes through them (the filter and the select list them so).</summary>
    public static IReadOnlyList<ContactRequestStatus> Statuses { get; } = Enum.GetValues<ContactRequestStatus>();

    public static string Status(ContactRequestStatus status) => status switch
    {
        ContactRequestStatus.New => "Nouvelle",
        ContactRequestStatus.InProgress => "En cours",
        ContactRequestStatus.Closed => "Close",
        ContactRequestStatus.NoFollowUp => "Sans suite",
        _ => status.ToString(),
    };

    public static string Badge(ContactRequestStatus status) => status switch
    {
        ContactRequestStatus.New => "fr-badge--new",
        ContactRequestStatus.InProgress => "fr-badge--info",
        ContactRequestStatus.Closed => "fr-badge--success",
        ContactRequestStatus.NoFollowUp => "fr-badge--warning",
        _ => "",
    };
}
