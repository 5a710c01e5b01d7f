namespace Brand.SiteTheme.ActorSpace;

/// <summary>The actor space's forms: what each posts besides the profile's fields, and the words of its return URLs.</summary>
public static class ActorSpaceFields
{
    /// <summary>The button pressed: which of the page's forms was sent.</summary>
    public const string Action = "action";

    public const string RequestLink = "request-link";
    public const string Propose = "propose";
    public const string SignOut = "sign-out";

    /// <summary>The sign-in form's address (not "email": the profile form has a public address of its own).</summary>
    public const string Email = "signInEmail";

    /// <summary>The query string the page is redirected to after a post, so that a reload sends nothing again.</summary>
    public static (string Name, string Value) Done(ActorSpaceNotice notice, string culture) => (notice, culture == "fr") switch
    {
        (ActorSpaceNotice.LinkSent, true) => ("lien", "envoye"),
        (ActorSpaceNotice.LinkSent, false) => ("link", "sent"),
        (ActorSpaceNotice.ChangeSent, true) => ("modification", "envoyee"),
        (ActorSpaceNotice.ChangeSent, false) => ("change", "sent"),
        (_, true) => ("session", "terminee"),
        (_, false) => ("session", "ended"),
    };

    public static string DoneUrl(string pageUrl, ActorSpaceNotice notice, string culture)
    {
        var (name, value) = Done(notice, culture);
        return $"{pageUrl}?{name}={value}";
    }
}

/// <summary>What the page says above its forms.</summary>
public enum ActorSpaceNotice
{
    None,

    /// <summary>The same words whether or not the address is known.</summary>
    LinkSent,

    /// <summary>Too many links asked for from this address: the typed address is kept.</summary>
    TooMany,

    /// <summary>The honeypot was filled: nothing sent.</summary>
    Trapped,

    /// <summary>The form's anti-forgery token did not match (an old tab, another site's form): nothing done.</summary>
    FormExpired,

    ChangeSent,

    SignedOut,

    /// <summary>A signed-in actor whose entry is no longer published: signed out.</summary>
    EntryGone,
}
