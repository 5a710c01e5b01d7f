namespace Brand.PublicApi.Delivery;

/// <summary>How a delivery request ended; mapped to HTTP in one place, <see cref="DeliveryEndpoints"/>.</summary>
public enum DeliveryStatus
{
    Ok,
    BadRequest,
    NotFound,
}

/// <summary>A value, or why there is none, with a message that names the parameter to fix.</summary>
public readonly record struct Outcome<T>(T? Value, DeliveryStatus Status, string? Message)
{
    public bool Succeeded => Status == DeliveryStatus.Ok;

    public static Outcome<T> Ok(T value) => new(value, DeliveryStatus.Ok, null);

    public static Outcome<T> BadRequest(string message) => new(default, DeliveryStatus.BadRequest, message);

    public static Outcome<T> NotFound(string message) => new(default, DeliveryStatus.NotFound, message);

    /// <summary>The same failure, for a caller that returns another type.</summary>
    public Outcome<TOther> As<TOther>() => new(default, Status, Message);
}
