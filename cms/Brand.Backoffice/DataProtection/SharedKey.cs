namespace Brand.Backoffice.DataProtection;

/// <summary>
/// One data-protection key, as the XML ASP.NET writes (table backoffice_data_protection_keys). In the database
/// rather than in each node's data folder, so every node reads the cookies and form tokens of the others.
/// </summary>
public sealed class SharedKey
{
    public int Id { get; set; }

    /// <summary>ASP.NET's name for the key ("key-{id}"), also the name of its file in the old keys folder.</summary>
    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
