namespace Brand.Cms.Core.Mail;

/// <summary>One plain-text message; <paramref name="Html"/> is an optional alternative body.</summary>
public sealed record MailMessage(string To, string Subject, string Text, string? Html = null);
