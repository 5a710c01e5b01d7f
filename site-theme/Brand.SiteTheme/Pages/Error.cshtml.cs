using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Brand.SiteTheme.Pages;

/// <summary>The theme's error pages (404, 500…), answered with the original status code.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Handle(code);

    public void OnPost(int code) => Handle(code);

    private void Handle(int code)
    {
        Code = code is >= 400 and < 600 ? code : 500;
        Response.StatusCode = Code;
    }
}
