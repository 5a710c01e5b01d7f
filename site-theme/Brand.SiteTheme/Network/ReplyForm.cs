using Brand.Cms.Core.Network;

namespace Brand.SiteTheme.Network;

/// <summary>The answer to a request for information as posted: the message, the documents kept, what to fix.</summary>
public sealed record ReplyForm(string Message, IReadOnlyList<StagedDocument> Documents, IReadOnlyList<JoinError> Errors, JoinNotice? Notice = null)
{
    public static readonly ReplyForm Empty = new("", [], []);

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    /// <summary>What the engine would refuse, said in the applicant's words before asking it.</summary>
    public static IReadOnlyList<JoinError> Problems(string message, UploadedDocuments uploads, string culture)
    {
        var errors = uploads.Errors.ToList();
        if (message.Trim().Length > ApplicationLimits.Message)
        {
            errors.Insert(0, new JoinError(JoinFields.Message, JoinMessages.For(JoinFields.Message, "maxLength", culture)));
        }
        else if (string.IsNullOrWhiteSpace(message) && uploads.Kept.Count == 0 && uploads.Errors.Count == 0)
        {
            errors.Add(new JoinError(JoinFields.Message, JoinMessages.For(JoinFields.Message, "required", culture)));
        }

        return errors;
    }
}
