namespace Brand.Backoffice.Media;

public enum MediaStatus
{
    Ok,

    /// <summary>Values refused: see <see cref="MediaResult.Errors"/>, one message per form field.</summary>
    Invalid,
    NotFound,

    /// <summary>Someone changed the item since it was loaded; nothing was written.</summary>
    Conflict,

    /// <summary>The item is used by content: deleting it needs the explicit confirmation.</summary>
    NeedsConfirmation,

    /// <summary>The server's disk is full: nothing was written (no file, no row); see <see cref="MediaResult.Message"/>.</summary>
    DiskFull,
}

/// <summary>The outcome of a media library operation; pages map it to a message or a redirect.</summary>
public sealed record MediaResult(MediaStatus Status, MediaItem? Item = null, string? Message = null, IReadOnlyDictionary<string, string>? FieldErrors = null)
{
    public IReadOnlyDictionary<string, string> Errors => FieldErrors ?? new Dictionary<string, string>();

    public bool Succeeded => Status == MediaStatus.Ok;

    public static MediaResult Ok(MediaItem item) => new(MediaStatus.Ok, item);

    public static MediaResult Invalid(IReadOnlyDictionary<string, string> errors, string? message = null) => new(MediaStatus.Invalid, null, message, errors);

    public static MediaResult Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    public static MediaResult DiskFull() => new(MediaStatus.DiskFull, Message:
        "Le disque du serveur est plein : le fichier n'a pas été enregistré, et rien n'en reste sur le serveur. Prévenez l'administrateur du site, puis réessayez une fois de la place libérée.");

    public static MediaResult NotFound() => new(MediaStatus.NotFound, Message: "Ce média n'existe pas ou plus.");
}
