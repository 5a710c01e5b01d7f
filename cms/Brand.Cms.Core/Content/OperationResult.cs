namespace Brand.Cms.Core.Content;

/// <summary>How an operation ended; the host maps each status to an HTTP answer in one place.</summary>
public enum OperationStatus
{
    Success,
    NotFound,
    ValidationFailed,
    Conflict,
    NotAllowed,

    /// <summary>The database could not be reached: nothing was written; trying again later may succeed.</summary>
    Unavailable,
}

/// <summary>One invalid value: which property (or "name"/"urlSegment"), in which culture, and why.</summary>
public sealed record PropertyError(string Property, string? Culture, string Code, string Message)
{
    public override string ToString() => $"{Property}{(string.IsNullOrEmpty(Culture) ? "" : $" [{Culture}]")}: {Message}";
}

/// <summary>The result of a content operation: expected failures are values, not exceptions.</summary>
public sealed class OperationResult<T>
{
    private OperationResult(OperationStatus status, T? value, IReadOnlyList<PropertyError> errors, string? message)
    {
        Status = status;
        Value = value;
        Errors = errors;
        Message = message;
    }

    public OperationStatus Status { get; }
    public T? Value { get; }
    public IReadOnlyList<PropertyError> Errors { get; }
    public string? Message { get; }
    public bool Succeeded => Status == OperationStatus.Success;

    public static OperationResult<T> Ok(T value) => new(OperationStatus.Success, value, [], null);

    public static OperationResult<T> NotFound(string message) => new(OperationStatus.NotFound, default, [], message);

    public static OperationResult<T> Invalid(IReadOnlyList<PropertyError> errors) =>
        new(OperationStatus.ValidationFailed, default, errors, "Invalid values: " + string.Join("; ", errors));

    public static OperationResult<T> Conflict(string message) => new(OperationStatus.Conflict, default, [], message);

    public static OperationResult<T> NotAllowed(string message) => new(OperationStatus.NotAllowed, default, [], message);

    /// <summary>The database is out of reach (<see cref="DatabaseUnavailable"/>): nothing was written.</summary>
    public static OperationResult<T> Unavailable() => new(OperationStatus.Unavailable, default, [], DatabaseUnavailable.Message);

    /// <summary>The same failure, carried into a result of another type.</summary>
    public OperationResult<TOther> As<TOther>() => new(Status, default, Errors, Message);

    public override string ToString() => Succeeded ? $"Success: {Value}" : $"{Status}: {Message}";
}
