using System.Net;
using System.Text;
using Brand.Cms.Core.Content;
using Microsoft.AspNetCore.Diagnostics;

namespace Brand.Cms.Health;

/// <summary>
/// The one place where an unreachable database, met by any request that needs it (a backoffice page, whose
/// sign-in is checked against the database on every request; a public form; a write), becomes an expected
/// answer instead of the generic error page: 503 with Retry-After and the clear message. A posted form
/// comes back with what was typed: the fields are listed and carried in a "try again" form that posts them
/// to the same address once the database is back (files excepted: a browser cannot be handed them back).
/// Forms that can show themselves without the database (the join form, the content editor when only the save
/// failed) map <see cref="OperationStatus.Unavailable"/> themselves and never reach this.
/// </summary>
public sealed class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    private const string TokenField = "__RequestVerificationToken";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var http = httpContext;
        if (!DatabaseUnavailable.Is(exception) || http.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning("{Method} {Path}: the database is unreachable ({Reason}); answered 503.",
            http.Request.Method, http.Request.Path, exception.GetBaseException().Message);
        var english = http.Request.Path.StartsWithSegments("/en");
        var posted = !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);
        var message = (posted, english) switch
        {
            (true, false) => DatabaseUnavailable.Message,
            (true, true) => DatabaseUnavailable.MessageEn,
            (false, false) => "La base de données est injoignable : cette page ne peut pas s'afficher pour le moment, réessayez dans un instant.",
            (false, true) => "The database cannot be reached: this page cannot be shown right now, try again in a moment.",
        };
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "10";
        http.Response.Headers.CacheControl = "no-store";
        if (WantsJson(http.Request))
        {
            await http.Response.WriteAsJsonAsync(new { status = 503, title = message }, cancellationToken);
            return true;
        }

        var fields = posted && http.Request.HasFormContentType
            ? await http.Request.ReadFormAsync(cancellationToken)
            : null;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(Page(message, english, fields), cancellationToken);
        return true;
    }

    private static bool WantsJson(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/graphql")
        || request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private static string Page(string message, bool english, IFormCollection? form)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(english ? "en" : "fr").Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Append(english ? "Service temporarily unavailable" : "Service momentanément indisponible").Append("</title></head><body><main>")
            .Append("<h1>").Append(english ? "Service temporarily unavailable" : "Service momentanément indisponible").Append("</h1>")
            .Append("<p role=\"alert\">").Append(E(message)).Append("</p>");
        if (form is not null)
        {
            // Passwords and one-time codes are never written back into a page (shown, cached, shoulder-surfed): retyped.
            var kept = form.Where(f => !IsSecret(f.Key)).ToList();
            var typed = kept.Where(f => f.Key != TokenField && f.Value.Any(v => !string.IsNullOrWhiteSpace(v))).ToList();
            html.Append("<p>").Append(english
                ? "What you typed is kept below: send it again with the button once the service is back."
                : "Vos saisies sont conservées ci-dessous : renvoyez-les avec le bouton dès que le service est rétabli.");
            if (kept.Count < form.Count)
            {
                html.Append(english ? " Passwords and codes are not kept: type them again." : " Les mots de passe et codes ne sont pas conservés : saisissez-les à nouveau.");
            }

            if (form.Files.Count > 0)
            {
                html.Append(english ? " Attached files must be chosen again." : " Les fichiers joints devront être choisis à nouveau.");
            }

            // No action: the form posts back to this page's own address (path base and query included). An action
            // built from the path would turn a request for "//elsewhere.example/x" into a post to another site.
            html.Append("</p><form method=\"post\">");
            foreach (var (name, values) in kept)
            {
                foreach (var value in values)
                {
                    html.Append("<input type=\"hidden\" name=\"").Append(E(name)).Append("\" value=\"").Append(E(value)).Append("\">");
                }
            }

            html.Append("<dl>");
            foreach (var (name, values) in typed)
            {
                html.Append("<dt>").Append(E(name)).Append("</dt><dd><pre>").Append(E(string.Join("\n", values.ToArray()))).Append("</pre></dd>");
            }

            html.Append("</dl><button type=\"submit\">").Append(english ? "Send again" : "Renvoyer").Append("</button></form>");
        }

        return html.Append("</main></body></html>").ToString();
    }

    // Matched on the field's last segment ("Input.Code" too): passwords and secrets by substring, one-time codes
    // and sign-in link tokens by exact name, so that a "postcode" is kept. The antiforgery token is not one
    // of them: the "send again" post needs it.
    private static readonly string[] SecretParts = ["password", "secret"];
    private static readonly string[] SecretNames = ["code", "token", "totp", "recoverycode", "confirmation"];

    private static bool IsSecret(string field)
    {
        var name = field[(field.LastIndexOf('.') + 1)..];
        return field != TokenField
            && (SecretParts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase))
                || SecretNames.Any(n => name.Equals(n, StringComparison.OrdinalIgnoreCase)));
    }
}
