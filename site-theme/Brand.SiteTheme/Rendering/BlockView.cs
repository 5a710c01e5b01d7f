using Brand.Cms.Core.PublishedCache;

namespace Brand.SiteTheme.Rendering;

/// <summary>
/// A block handed to its partial (Pages/Blocks/{alias}.cshtml) with the heading level its title takes,
/// so a page's outline has no gaps whatever order editors put the blocks in.
/// </summary>
public sealed record BlockView(PublishedElement Block, int Heading)
{
    /// <summary>"h2" … "h6".</summary>
    public string Tag => $"h{Math.Clamp(Heading, 2, 6)}";
}

/// <summary>Consecutive blocks of one type that display together (figures side by side, questions as one accordion group).</summary>
public sealed record BlockRun(string ContentType, IReadOnlyList<PublishedElement> Blocks)
{
    /// <summary>Types laid out in a grid of cards or tiles.</summary>
    public bool IsGrid => ContentType is "keyFigure" or "recommendationBlock";

    public bool IsAccordion => ContentType == "faqItem";

    /// <summary>Types that carry a title of their own, which opens a section for the blocks after it.</summary>
    public static bool HasTitle(PublishedElement block) =>
        block.ContentType == "richTextBlock" && block.Value<string>("title") is not null;

    /// <summary>The element types that have a partial in Pages/Blocks; others are skipped rather than failing the page.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "richTextBlock", "keyFigure", "callToAction", "quoteBlock", "recommendationBlock", "faqItem", "linkItem", "diagnosticQuestion",
    };

    public static IReadOnlyList<BlockRun> Group(IEnumerable<PublishedElement> blocks)
    {
        var runs = new List<BlockRun>();
        var current = new List<PublishedElement>();
        foreach (var block in blocks.Where(b => Known.Contains(b.ContentType)))
        {
            if (current.Count > 0 && (current[0].ContentType != block.ContentType || !Groups(block.ContentType)))
            {
                runs.Add(new BlockRun(current[0].ContentType, current));
                current = [];
            }

            current.Add(block);
        }

        if (current.Count > 0)
        {
            runs.Add(new BlockRun(current[0].ContentType, current));
        }

        return runs;
    }

    private static bool Groups(string type) => type is "keyFigure" or "recommendationBlock" or "faqItem";
}
