using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Brand.Cms.Core;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Network;
using Brand.Cms.Tests.Infrastructure;
using MimeKit;

namespace Brand.Cms.Tests.Network;

/// <summary>The join form and the follow page as a browser without JavaScript uses them: multipart posts, mails, links.</summary>
public static partial class JoinKit
{
    public const string French = "/fr/rejoindre-le-reseau";
    public const string English = "/en/join-the-network";

    /// <summary>The smallest file the engine takes for a PDF: its header and its end marker.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    /// <summary>A real 1×1 PNG, to be posted under a .pdf name.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static string JoinPath(string culture) => culture == "fr" ? French : English;

    /// <summary>The form of <see cref="NetworkSamples.Volunteer"/> as the page posts it (the website under its own name, the honeypot empty).</summary>
    public static List<KeyValuePair<string, string>> Fields(string organisation = "Les Connecteurs de Vilaine", string kind = ActorKinds.Volunteer,
        string siret = NetworkSamples.Siret, string email = "camille@connecteurs-vilaine.example")
    {
        var sample = NetworkSamples.Volunteer(organisation, email);
        return
        [
            new("kind", kind),
            new("organisation", sample.Organisation),
            new("siret", siret),
            new("contactName", sample.ContactName),
            new("email", sample.Email),
            new("phone", sample.Phone),
            new("organisationWebsite", "https://connecteurs-vilaine.example"),
            new("address", "12 rue de la Monnaie"),
            new("postcode", sample.Postcode),
            new("city", sample.City),
            new("description", sample.Description),
            .. sample.Specialties.Select(s => new KeyValuePair<string, string>("specialties", s)),
            .. sample.Departments.Select(d => new KeyValuePair<string, string>("departments", d)),
            new("acceptsRemote", "true"),
            new("references", sample.References),
            new("charter", "true"),
            new("website", ""),
        ];
    }

    /// <summary>Posts a form as multipart, with files under "documents" (sent as application/pdf whatever they hold).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields,
        params (string Name, byte[] Bytes)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "documents", name);
        }

        return await client.PostAsync(path, form);
    }

    /// <summary>Submits a complete application through the page; returns the follow page's path.</summary>
    public static async Task<string> ApplyAsync(SiteServer site, string culture, string organisation, string email, params (string Name, byte[] Bytes)[] files)
    {
        using var response = await PostAsync(site.Http, JoinPath(culture), Fields(organisation, email: email), files);
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, Decoded(await response.Content.ReadAsStringAsync()));
        return response.Headers.Location!.OriginalString;
    }

    public static HttpClient Visitor(SiteServer site) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = site.Http.BaseAddress };

    public static List<MimeMessage> Mails(SiteServer site)
    {
        var folder = site.Get<DataPaths>().MailPickup;
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Select(f => new FileInfo(f)).OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name)
                .Select(f => MimeMessage.Load(f.FullName)).ToList()
            : [];
    }

    /// <summary>The path of the follow link in the last mail sent to <paramref name="email"/>.</summary>
    public static string FollowLinkMailedTo(SiteServer site, string email)
    {
        var mail = Mails(site).Last(m => m.To.Mailboxes.Any(a => a.Address == email));
        var link = FollowLink().Match(mail.TextBody ?? "");
        Assert.True(link.Success, "No follow link in:\n" + mail.TextBody);
        return link.Value;
    }

    /// <summary>The staged documents' ids the re-shown form carries.</summary>
    public static List<string> StagedIds(string html) => Staged().Matches(html).Select(m => m.Groups[1].Value).ToList();

    public static string TokenOf(string html)
    {
        var token = AntiForgery().Match(html);
        Assert.True(token.Success, "No anti-forgery token in the form:\n" + html);
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>The page with its entities decoded, to look for French text with apostrophes.</summary>
    public static string Decoded(string html) => WebUtility.HtmlDecode(html);

    public static string RandomToken() => SecretToken.New();

    [GeneratedRegex(@"/(fr|en)/[a-z-]+/(suivi|follow)/[A-Za-z0-9_-]{43}")]
    private static partial Regex FollowLink();

    [GeneratedRegex("name=\"staged\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex Staged();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}
