using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Brand.Backoffice.Security;

/// <summary>
/// Puts the anti-forgery token in every POST form of the backoffice. ASP.NET's own form tag helper leaves it
/// out of a form with an explicit action (it cannot tell the action is ours); every backoffice form posts
/// to the backoffice, so none may go without it. Runs after that helper and adds nothing twice.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class AntiforgeryFormTagHelper(IAntiforgery antiforgery) : TagHelper
{
    private const string TokenField = "__RequestVerificationToken";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's FormTagHelper (order 0).</summary>
    public override int Order => 1000;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!string.Equals(output.Attributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var inside = output.Content.IsModified ? output.Content.GetContent() : (await output.GetChildContentAsync()).GetContent();
        if (inside.Contains(TokenField, StringComparison.Ordinal) || output.PostContent.GetContent().Contains(TokenField, StringComparison.Ordinal))
        {
            return;
        }

        output.PostContent.AppendHtml(antiforgery.GetHtml(ViewContext.HttpContext));
    }
}
