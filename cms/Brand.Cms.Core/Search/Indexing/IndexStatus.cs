namespace Brand.Cms.Core.Search.Indexing;

/// <summary>What an index did when it opened, for /health, logs and tests.</summary>
public sealed record IndexStatus(string Index, bool Open, long Position, int Documents, string? RebuiltBecause, RebuildProgress? Rebuilding);
