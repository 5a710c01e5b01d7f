using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Brand.Cms.Core.Search.Indexing;

/// <summary>Turns an <see cref="IndexableItem"/> into the Lucene document both indexes store.</summary>
public static partial class SearchDocumentBuilder
{
    public static Document Build(IndexableItem item)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Node, item.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(IndexFields.Culture, item.Culture, Field.Store.YES),
            new StringField(IndexFields.ContentType, item.Type.Alias, Field.Store.YES),
            new StringField(IndexFields.State, item.Published ? "published" : "draft", Field.Store.YES),
            new StoredField(IndexFields.StoredName, item.Name),
            new TextField(IndexFields.Name(item.Culture), item.Name, Field.Store.NO),
            new TextField(IndexFields.NamePlain, item.Name, Field.Store.NO),
            new SortedDocValuesField(IndexFields.NameSort, new BytesRef(TextFolding.Fold(item.Name))),
            new SortedSetDocValuesField(IndexFields.Facet(IndexFields.ContentTypeFacet), new BytesRef(item.Type.Alias)),
        };
        foreach (var ancestor in item.Ancestors)
        {
            doc.Add(new StringField(IndexFields.Ancestor, ancestor.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        }

        var text = new StringBuilder();
        var geo = IndexSchema.GeoProperty(item.Type);
        foreach (var property in item.Type.Properties)
        {
            if (!property.Searchable && !property.Facet && property != geo)
            {
                continue;
            }

            var value = item.Value(property);
            if (value is null)
            {
                continue;
            }

            if (property.Searchable)
            {
                AppendText(text, property, value);
            }

            if (property.Facet)
            {
                AddFacet(doc, property, value);
            }

            if (property == geo && value is GeoPoint point)
            {
                doc.Add(new DoubleDocValuesField(IndexFields.Latitude, point.Lat));
                doc.Add(new DoubleDocValuesField(IndexFields.Longitude, point.Lon));
            }
        }

        var body = text.ToString().Trim();
        doc.Add(new StoredField(IndexFields.StoredText, body));
        doc.Add(new TextField(IndexFields.Text(item.Culture), body, Field.Store.NO));
        return doc;
    }

    private static void AddFacet(Document doc, PropertyType property, object value)
    {
        switch (value)
        {
            case DateOnly date:
                doc.Add(new NumericDocValuesField(IndexFields.DateFacet(property.Alias), date.DayNumber));
                break;
            case DateTimeOffset moment:
                doc.Add(new NumericDocValuesField(IndexFields.DateFacet(property.Alias), DateOnly.FromDateTime(moment.UtcDateTime).DayNumber));
                break;
            case string single:
                AddFacetValue(doc, property.Alias, single);
                break;
            case IEnumerable<string> many:
                foreach (var v in many.Distinct(StringComparer.Ordinal))
                {
                    AddFacetValue(doc, property.Alias, v);
                }

                break;
            case bool flag:
                AddFacetValue(doc, property.Alias, flag ? "true" : "false");
                break;
        }
    }

    private static void AddFacetValue(Document doc, string alias, string value)
    {
        doc.Add(new StringField(IndexFields.Facet(alias), value, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(IndexFields.Facet(alias), new BytesRef(value)));
    }

    private static void AppendText(StringBuilder text, PropertyType property, object value)
    {
        switch (value)
        {
            case string s:
                text.Append(property.Editor == EditorKind.RichText ? HtmlToText(s) : s).Append('\n');
                break;
            case IEnumerable<string> many:
                foreach (var s in many)
                {
                    text.Append(s).Append(' ');
                }

                text.Append('\n');
                break;
            case IEnumerable<PublishedElement> blocks:
                foreach (var block in blocks)
                {
                    foreach (var v in block.Values.Values)
                    {
                        if (v is string s)
                        {
                            text.Append(LooksLikeHtml(s) ? HtmlToText(s) : s).Append('\n');
                        }
                    }
                }

                break;
        }
    }

    private static bool LooksLikeHtml(string s) => s.Contains('<', StringComparison.Ordinal) && s.Contains('>', StringComparison.Ordinal);

    /// <summary>Rich text is sanitised HTML: tags become spaces so words on either side stay apart.</summary>
    internal static string HtmlToText(string html) =>
        WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, " "), " ")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
