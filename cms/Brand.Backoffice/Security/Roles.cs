namespace Brand.Backoffice.Security;

/// <summary>The five roles of the mission team. What each may do is in <see cref="Permissions"/>.</summary>
public static class Roles
{
    /// <summary>Everything: users, settings, API keys, and all that the others do.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Edits and publishes any content, reviews Writers' drafts.</summary>
    public const string Editor = "Editor";

    /// <summary>Creates and saves drafts and submits them for review; cannot publish.</summary>
    public const string Writer = "Writer";

    /// <summary>The directory of labelled actors: edits and publishes those items only.</summary>
    public const string NetworkManager = "NetworkManager";

    /// <summary>Edits the English variant only, and submits it for review.</summary>
    public const string Translator = "Translator";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Writer, NetworkManager, Translator];

    public static string Label(string role, string culture) => (role, culture) switch
    {
        (Administrator, "fr") => "Administrateur",
        (Editor, "fr") => "Éditeur",
        (Writer, "fr") => "Rédacteur",
        (NetworkManager, "fr") => "Gestionnaire du réseau",
        (Translator, "fr") => "Traducteur",
        (NetworkManager, _) => "Network manager",
        _ => role,
    };
}
