namespace Brand.Cms.Core.Search;

/// <summary>The Lucene field names both indexes share. One document per item and culture.</summary>
public static class IndexFields
{
    /// <summary>The node id (stored, indexed as a term: all cultures of a node are replaced together).</summary>
    public const string Node = "node";

    /// <summary>Every ancestor's id, so a change to a folder reaches the documents below it.</summary>
    public const string Ancestor = "ancestor";

    public const string Culture = "culture";
    public const string ContentType = "type";

    /// <summary>Stored: what a hit shows and where a snippet comes from.</summary>
    public const string StoredName = "name";
    public const string StoredText = "text";

    /// <summary>Analyzed in the document's language (stemmed).</summary>
    public static string Name(string culture) => "name." + culture;
    public static string Text(string culture) => "text." + culture;

    /// <summary>Names folded but not stemmed: prefixes and typo tolerance.</summary>
    public const string NamePlain = "name.plain";

    /// <summary>Doc values: the folded name, for sorting.</summary>
    public const string NameSort = "name.sort";

    public const string Latitude = "geo.lat";
    public const string Longitude = "geo.lon";

    /// <summary>Internal index only: "published" or "draft".</summary>
    public const string State = "state";

    /// <summary>The built-in facet of every document: its content type.</summary>
    public const string ContentTypeFacet = "contentType";

    public static string Facet(string alias) => "facet." + alias;

    /// <summary>Doc values of a date facet: days since 0001-01-01, bucketed at query time (upcoming or past).</summary>
    public static string DateFacet(string alias) => "date." + alias;
}
