namespace Brand.Cms.Core.DocumentTypes;

/// <summary>One problem in a configuration file: where it is and why it is wrong.</summary>
public sealed record ConfigError(string File, int? Line, string? Property, string Reason)
{
    public override string ToString() =>
        $"{File}{(Line is { } l ? $":{l}" : "")}{(Property is null ? "" : $" (property '{Property}')")}: {Reason}";
}

/// <summary>Thrown at start-up when the configuration files cannot be used; the message lists every problem.</summary>
public sealed class ContentModelException : Exception
{
    public ContentModelException(IReadOnlyList<ConfigError> errors)
        : base("The content model in umbraco.config is invalid:" + Environment.NewLine
               + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    public ContentModelException()
    {
        Errors = [];
    }

    public ContentModelException(string message) : base(message)
    {
        Errors = [];
    }

    public ContentModelException(string message, Exception innerException) : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<ConfigError> Errors { get; }
}
