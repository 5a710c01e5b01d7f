using System.Security.Claims;
using Brand.Cms.Core.Cultures;

namespace Brand.Backoffice.Security;

/// <summary>
/// The one table of who may do what. Pages ask it before showing a button and again, on the server, before
/// doing the action: a hand-made request gets the same answer as the button would have.
/// </summary>
public sealed class Permissions(CultureSet cultures)
{
    /// <summary>The content types a Network manager works on: the directory of labelled actors.</summary>
    public static readonly IReadOnlySet<string> DirectoryTypes = new HashSet<string>(StringComparer.Ordinal) { "labelledActor", "actorsFolder" };

    /// <summary>Content types only an Administrator may change: the site's settings.</summary>
    public static readonly IReadOnlySet<string> SettingsTypes = new HashSet<string>(StringComparer.Ordinal) { "siteSettings" };

    /// <summary>The culture a Translator edits.</summary>
    public const string TranslatorCulture = "en";

    private static readonly string[] Everyone = [Roles.Administrator, Roles.Editor, Roles.Writer, Roles.NetworkManager, Roles.Translator];
    private static readonly string[] Authors = [Roles.Administrator, Roles.Editor, Roles.Writer, Roles.NetworkManager];
    private static readonly string[] Publishers = [Roles.Administrator, Roles.Editor, Roles.NetworkManager];
    private static readonly string[] Editors = [Roles.Administrator, Roles.Editor];
    private static readonly string[] Administrators = [Roles.Administrator];

    // The businesses' contact details are personal data: only those who follow up the network see them.
    private static readonly string[] NetworkFollowUp = [Roles.Administrator, Roles.Editor, Roles.NetworkManager];

    // Who joins the network, and what actors publish about themselves, is the network managers' call.
    private static readonly string[] NetworkManagers = [Roles.Administrator, Roles.NetworkManager];

    private readonly Dictionary<BackofficeAction, string[]> _allowed = new()
    {
        [BackofficeAction.ContentRead] = Everyone,
        [BackofficeAction.ContentCreate] = Authors,
        [BackofficeAction.ContentSave] = Everyone,
        [BackofficeAction.ContentSubmitForReview] = Everyone,
        [BackofficeAction.ContentRollback] = Authors,
        [BackofficeAction.ContentPublish] = Publishers,
        [BackofficeAction.ContentUnpublish] = Publishers,
        [BackofficeAction.ContentSchedule] = Publishers,
        [BackofficeAction.ContentMove] = Publishers,
        [BackofficeAction.ContentCopy] = Authors,
        [BackofficeAction.ContentSort] = Publishers,
        [BackofficeAction.ContentDelete] = Publishers,
        [BackofficeAction.ContentRestore] = Publishers,
        [BackofficeAction.RecycleBinEmpty] = Editors,
        [BackofficeAction.ReviewDecide] = Editors,
        [BackofficeAction.RedirectsManage] = Editors,
        [BackofficeAction.MediaRead] = Everyone,
        [BackofficeAction.MediaUpload] = Authors,
        [BackofficeAction.MediaEdit] = Authors,
        [BackofficeAction.MediaDelete] = Editors,
        [BackofficeAction.AuditRead] = Editors,
        [BackofficeAction.UsersManage] = Administrators,
        [BackofficeAction.ApiKeysManage] = Administrators,
        [BackofficeAction.ContactRequestsRead] = NetworkFollowUp,
        [BackofficeAction.ContactRequestsFollowUp] = NetworkFollowUp,
        [BackofficeAction.NetworkApplicationsRead] = NetworkManagers,
        [BackofficeAction.NetworkApplicationsDecide] = NetworkManagers,
        [BackofficeAction.NetworkProfileEditsModerate] = NetworkManagers,
        // Counts only, no personal data: editors report on the campaign too.
        [BackofficeAction.NetworkStatisticsRead] = NetworkFollowUp,
    };

    /// <summary>Content actions limited by the item's type for some roles (see <see cref="Allows"/>).</summary>
    private static bool IsContentAction(BackofficeAction action) => action.ToString().StartsWith("Content", StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="user"/> may do <paramref name="action"/>; for content actions, on an item of
    /// <paramref name="contentType"/> (null: on some item, e.g. to show the menu).
    /// </summary>
    public bool Can(ClaimsPrincipal user, BackofficeAction action, string? contentType = null) =>
        _allowed[action].Any(role => user.IsInRole(role) && Allows(role, action, contentType));

    private static bool Allows(string role, BackofficeAction action, string? contentType)
    {
        if (!IsContentAction(action) || contentType is null || action == BackofficeAction.ContentRead)
        {
            return true;
        }

        if (SettingsTypes.Contains(contentType))
        {
            return role == Roles.Administrator;
        }

        return role != Roles.NetworkManager || DirectoryTypes.Contains(contentType);
    }

    /// <summary>
    /// The cultures whose values <paramref name="user"/> may change, and whether invariant values too.
    /// A Translator changes the English variant only; everyone else who may save changes everything.
    /// </summary>
    public CultureScope EditableCultures(ClaimsPrincipal user) =>
        Roles.All.Where(r => r != Roles.Translator).Any(user.IsInRole)
            ? new CultureScope(cultures.Codes, Invariant: true)
            : new CultureScope(user.IsInRole(Roles.Translator) ? [TranslatorCulture] : [], Invariant: false);
}

/// <summary>The cultures a user may edit; <paramref name="Invariant"/> says whether values shared by all cultures too.</summary>
public sealed record CultureScope(IReadOnlyList<string> Cultures, bool Invariant)
{
    public bool Allows(string culture) => culture.Length == 0 ? Invariant : Cultures.Contains(culture, StringComparer.Ordinal);
}
