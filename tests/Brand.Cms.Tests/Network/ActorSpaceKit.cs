using System.Net;
using System.Text.RegularExpressions;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Network;
using Brand.Cms.Tests.Infrastructure;
using MimeKit;

namespace Brand.Cms.Tests.Network;

/// <summary>A browser's worth of HTTP for the actor space: a client with its own cookies, the mailed link, the forms' tokens.</summary>
public static partial class ActorSpaceKit
{
    public const string Space = "/fr/espace-acteur";

    /// <summary>Seeded entries and their public addresses (umbraco.config/seed/actors.json).</summary>
    public static readonly Guid RennesKey = Guid.Parse("6b680ed8-06b5-4c3f-9efe-8e2f0925e468");
    public const string RennesEmail = "atelier-numerique-rennais@example.org";
    public static readonly Guid BrestKey = Guid.Parse("103506ab-6e5b-49fc-9ff4-0605dbc5103e");
    public const string BrestEmail = "nolwenn-brest@example.org";

    /// <summary>A visitor of their own: cookies kept, redirects not followed.</summary>
    public static HttpClient Visitor(SiteServer site) => JoinKit.Visitor(site);

    public static List<MimeMessage> Mails(SiteServer site) => JoinKit.Mails(site);

    public static Task<HttpResponseMessage> RequestLinkAsync(HttpClient client, string email, string? trap = null) =>
        client.PostAsync(Space, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "request-link",
            ["signInEmail"] = email,
            ["website"] = trap ?? "",
        }));

    /// <summary>The path of the last sign-in link mailed to <paramref name="email"/>.</summary>
    public static string LinkMailedTo(SiteServer site, string email)
    {
        var mail = Mails(site).Last(m => m.To.Mailboxes.Any(a => a.Address == email));
        return SignInPath().Match(mail.TextBody ?? "").Value;
    }

    /// <summary>Asks for a link and signs in with it: the client then carries the actor's cookie.</summary>
    public static async Task<HttpClient> SignedInAsync(SiteServer site, string email)
    {
        var client = Visitor(site);
        Assert.Equal(HttpStatusCode.SeeOther, (await RequestLinkAsync(client, email)).StatusCode);
        var posted = await PostLinkAsync(client, LinkMailedTo(site, email));
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        return client;
    }

    /// <summary>Opens the link's page, then presses its button (with the page's anti-forgery token).</summary>
    public static async Task<HttpResponseMessage> PostLinkAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TokenOf(page) }));
    }

    public static string TokenOf(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    /// <summary>The profile form as an actor would send it: <paramref name="values"/> in the engine's fields, the website under its own name.</summary>
    public static async Task<HttpResponseMessage> ProposeAsync(HttpClient client, ProfileValues values, params (string Name, string Value)[] extra)
    {
        var page = await client.GetStringAsync(Space);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", TokenOf(page)),
            new("action", "propose"),
            new("description", values.Description),
            new("departments", string.Join(", ", values.Departments)),
            new("address", values.Address),
            new("postcode", values.Postcode),
            new("city", values.City),
            new("email", values.Email),
            new("phone", values.Phone),
            new("publicWebsite", values.Website),
        };
        fields.AddRange(values.Specialties.Select(s => new KeyValuePair<string, string>("specialties", s)));
        if (values.AcceptsRemote)
        {
            fields.Add(new("acceptsRemote", "true"));
        }

        fields.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value)));
        return await client.PostAsync(Space, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("/fr/espace-acteur/connexion/[A-Za-z0-9_-]{43}")]
    private static partial Regex SignInPath();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
