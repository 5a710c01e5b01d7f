namespace Brand.Backoffice.Account;

/// <summary>Marks the pages a user who must change their password may still reach (the change itself).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowedBeforePasswordChangeAttribute : Attribute;
