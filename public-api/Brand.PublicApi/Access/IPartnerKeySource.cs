namespace Brand.PublicApi.Access;

/// <summary>
/// Partner keys known beyond the configuration (the backoffice's, stored in the database). Asked on every
/// keyed request, so it answers from memory: implementations keep a snapshot and refresh it themselves.
/// </summary>
public interface IPartnerKeySource
{
    /// <summary>The partner whose key has this SHA-256 (<see cref="PartnerKeys.Hash"/>), or null.</summary>
    string? PartnerOfHash(string sha256);
}

/// <summary>The default: configured keys only.</summary>
public sealed class NoPartnerKeySource : IPartnerKeySource
{
    public string? PartnerOfHash(string sha256) => null;
}
