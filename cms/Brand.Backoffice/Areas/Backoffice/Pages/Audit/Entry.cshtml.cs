using Brand.Backoffice.Audit;
using Brand.Backoffice.Security;
using Brand.Backoffice.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Areas.Backoffice.Pages.Audit;

/// <summary>One audit entry, its state before and after side by side, the lines that differ highlighted.</summary>
public sealed class EntryModel(IDbContextFactory<BackofficeDbContext> dbFactory) : BackofficePage
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public AuditEntry Entry { get; private set; } = null!;

    /// <summary>Before and after as aligned lines: (before line, after line, whether they differ).</summary>
    public IReadOnlyList<(string? Before, string? After, bool Changed)> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAsync(BackofficeAction.AuditRead, $"audit:{Id}") is { } refused)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync(HttpContext.RequestAborted);
        if (await db.Audit.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Id, HttpContext.RequestAborted) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        Lines = Align(entry.Before, entry.After);
        return Page();
    }

    /// <summary>
    /// Pairs the lines of both sides by their position after the longest common prefix and suffix: enough for
    /// snapshots, which are small JSON objects whose keys come in the same order.
    /// </summary>
    internal static List<(string? Before, string? After, bool Changed)> Align(string? before, string? after)
    {
        var left = Split(before);
        var right = Split(after);
        var prefix = 0;
        while (prefix < left.Length && prefix < right.Length && left[prefix] == right[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < left.Length - prefix && suffix < right.Length - prefix && left[^(suffix + 1)] == right[^(suffix + 1)])
        {
            suffix++;
        }

        var rows = new List<(string?, string?, bool)>();
        rows.AddRange(left.Take(prefix).Select(l => ((string?)l, (string?)l, false)));
        var middle = Math.Max(left.Length - prefix - suffix, right.Length - prefix - suffix);
        for (var i = 0; i < middle; i++)
        {
            var l = prefix + i < left.Length - suffix ? left[prefix + i] : null;
            var r = prefix + i < right.Length - suffix ? right[prefix + i] : null;
            rows.Add((l, r, true));
        }

        rows.AddRange(left.Skip(left.Length - suffix).Select(l => ((string?)l, (string?)l, false)));
        return rows;
    }

    private static string[] Split(string? text) => string.IsNullOrEmpty(text) ? [] : text.ReplaceLineEndings("\n").Split('\n');
}
