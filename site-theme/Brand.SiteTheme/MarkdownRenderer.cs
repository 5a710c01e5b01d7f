using Markdig;

namespace Brand.SiteTheme;

/// <summary>Markdown properties render without raw HTML: only rich text (sanitized on save) may carry markup.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, _pipeline);
}
