using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Brand.Backoffice.Audit;
using Brand.Backoffice.Storage;
using Brand.Backoffice.Users;
using Brand.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Brand.Cms.Tests.Backoffice.Account;

/// <summary>What the account, users and API key tests share: TOTP codes, the mail pickup folder, forms, the audit log.</summary>
internal static partial class AccountKit
{
    /// <summary>RFC 6238 (SHA-1, 30 s, 6 digits) from the base32 key an authenticator app is given.</summary>
    public static string Totp(string base32Key, DateTimeOffset at)
    {
        var key = Base32(base32Key);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238's default, which every authenticator app and Identity use
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    /// <summary>The shared key as the authenticator page shows it in text.</summary>
    public static string SharedKey(string html) => SharedKeyText().Match(html) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("No shared key on the page:\n" + html);

    /// <summary>The set-password link of the newest message to <paramref name="to"/> in the pickup folder.</summary>
    public static string MailedLink(SiteServer server, string to)
    {
        var folder = Path.Combine(server.DataPath, "mail");
        var message = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))
                .LastOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)))
            : null;
        Assert.True(message is not null, $"No mail to {to} in {folder}");
        var link = ResetLink().Match(message!.TextBody ?? "");
        Assert.True(link.Success, message.TextBody);
        return new Uri(link.Value).PathAndQuery;
    }

    public static int MailCount(SiteServer server) =>
        Directory.Exists(Path.Combine(server.DataPath, "mail")) ? Directory.GetFiles(Path.Combine(server.DataPath, "mail"), "*.eml").Length : 0;

    /// <summary>Posts a form with a token taken now from <paramref name="tokenFrom"/>, as the signed-in (or not) visitor is now.</summary>
    public static async Task<HttpResponseMessage> PostFreshAsync(this BackofficeSession session, string url, Dictionary<string, string> fields, string tokenFrom)
    {
        var token = await session.TokenAsync(tokenFrom);
        using var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await session.Http.PostAsync(url, content);
    }

    /// <summary>Signs in with e-mail and password only: the answer tells what comes next (dashboard, two-factor, error).</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(this BackofficeSession visitor, string email, string password) =>
        visitor.PostFreshAsync("/backoffice/account/sign-in", new() { ["Email"] = email, ["Password"] = password }, "/backoffice/account/sign-in");

    /// <summary>Whether this session is still signed in: the dashboard answers 200, not a redirect to sign-in.</summary>
    public static async Task<bool> IsSignedInAsync(this BackofficeSession session)
    {
        using var response = await session.GetAsync("/backoffice");
        return response.StatusCode == HttpStatusCode.OK;
    }

    public static async Task<List<AuditEntry>> AuditAsync(SiteServer server)
    {
        await using var db = server.Get<IDbContextFactory<BackofficeDbContext>>().CreateDbContext();
        return await db.Audit.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    public static async Task<BackofficeUser> UserAsync(SiteServer server, string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByEmailAsync(email))!;
    }

    public static async Task SetMustChangePasswordAsync(SiteServer server, string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
    }

    public static HttpRequestMessage GraphQL(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", MediaTypeHeaderValue.Parse("application/json")),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    [GeneratedRegex("<code id=\"shared-key\">([a-z2-7 ]+)</code>")]
    private static partial Regex SharedKeyText();

    [GeneratedRegex(@"https?://\S+/backoffice/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
