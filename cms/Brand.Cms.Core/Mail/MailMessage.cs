namespace Brand.Cms.Core.Mail;

/// <summary>
/// One plain-text message; <paramref name="Html"/> is an optional alternative body, <paramref name="ReplyTo"/>
/// the address an answer goes to when it is not the sender (a business writing to an actor through the site).
/// </summary>
public sealed record MailMessage(string To, string Subject, string Text, string? Html = null, string? ReplyTo = null);
