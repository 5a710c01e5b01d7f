namespace Brand.Backoffice.Security;

/// <summary>Every action the backoffice performs; each is checked on the server by <see cref="Permissions"/>.</summary>
public enum BackofficeAction
{
    ContentRead,
    ContentCreate,
    ContentSave,
    ContentSubmitForReview,
    ContentPublish,
    ContentUnpublish,
    ContentSchedule,
    ContentMove,
    ContentCopy,
    ContentSort,
    ContentDelete,
    ContentRestore,
    RecycleBinEmpty,
    ContentRollback,
    ReviewDecide,
    RedirectsManage,
    MediaRead,
    MediaUpload,
    MediaEdit,
    MediaDelete,
    AuditRead,
    UsersManage,
    ApiKeysManage,
    ContactRequestsRead,
    ContactRequestsFollowUp,
}
