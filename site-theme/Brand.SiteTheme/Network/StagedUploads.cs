using Brand.Cms.Core.Network;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Brand.SiteTheme.SelfDiagnostic;

namespace Brand.SiteTheme.Network;

/// <summary>The PDFs a post brings: those staged by an earlier post and still wanted, then the new files, staged now.</summary>
public sealed record UploadedDocuments(IReadOnlyList<StagedDocument> Kept, IReadOnlyList<JoinError> Errors);

/// <summary>
/// Reading the files of the join form and of the reply form. Each new file is staged at once, whatever else
/// is wrong with the post: the form then lists it by name (its id in a hidden input), so a validation error
/// never asks for the file again. A file refused (not a PDF, too big) is named in its message.
/// </summary>
public static class StagedUploads
{
    /// <summary>
    /// Lets the request carry every document the form accepts; to be called before the form is read.
    /// Kestrel's default (30 MB) is below five documents of 10 MB.
    /// </summary>
    public static void AllowBody(HttpContext http, NetworkOptions options)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = MaxBody(options);
        }

        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = MaxBody(options) }));
        }
    }

    /// <summary>
    /// The files kept from earlier posts and those of this post. Nothing new is written for a post the honeypot
    /// caught, beyond <see cref="ApplicationLimits.MaxDocuments"/> in all, or past the visitor's hourly quota of
    /// posts with files: anyone can post here, and the disk is not theirs to fill.
    /// </summary>
    public static async Task<UploadedDocuments> ReadAsync(HttpContext http, IFormCollection form, ApplicationDocuments documents, VisitorQuota quota,
        NetworkOptions options, string culture, CancellationToken ct)
    {
        var removed = form[JoinFields.RemoveStaged].ToHashSet(StringComparer.Ordinal);
        var kept = form[JoinFields.Staged].Distinct(StringComparer.Ordinal)
            .Where(id => !removed.Contains(id ?? ""))
            .Select(documents.FindStaged)
            .OfType<StagedDocument>()
            .ToList();
        var errors = new List<JoinError>();
        // A file input left empty still posts a part, without a name or content.
        var files = form.Files.GetFiles(ApplicationDocuments.Field).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (files.Count == 0 || Honeypot.IsFilled(form))
        {
            return new UploadedDocuments(kept, errors);
        }

        if (!quota.TryTake(http, VisitorAction.StageDocuments, out _))
        {
            errors.Add(new JoinError(ApplicationDocuments.Field, JoinMessages.For(ApplicationDocuments.Field, "quota", culture)));
            return new UploadedDocuments(kept, errors);
        }

        foreach (var file in files)
        {
            if (kept.Count >= ApplicationLimits.MaxDocuments)
            {
                errors.Add(new JoinError(ApplicationDocuments.Field, JoinMessages.For(ApplicationDocuments.Field, "count", culture)));
                break;
            }

            await using var content = file.OpenReadStream();
            var staged = await documents.StageAsync(content, file.FileName, ct);
            if (staged.Succeeded)
            {
                kept.Add(staged.Value!);
            }
            else
            {
                var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
                errors.Add(new JoinError(ApplicationDocuments.Field,
                    JoinMessages.For(ApplicationDocuments.Field, staged.Errors[0].Code, culture, fileName: name, maxBytes: options.MaxDocumentBytes)));
            }
        }

        return new UploadedDocuments(kept, errors);
    }

    // Every document at its largest, and room for the text fields.
    private static long MaxBody(NetworkOptions options) => (options.MaxDocumentBytes * ApplicationLimits.MaxDocuments) + (1024 * 1024);
}
