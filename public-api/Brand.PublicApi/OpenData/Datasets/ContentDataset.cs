using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.PublicApi.Indicators;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>
/// A dataset with one row per public item of a document type, whatever the cultures it is public in: only what
/// the published snapshot holds, so drafts, unpublished items and items under an unpublished parent never appear.
/// Rows come in site order as the walk meets them; nothing is collected first.
/// </summary>
public abstract class ContentDataset : IDataset
{
    private readonly string _contentType;
    private readonly Lazy<ContentColumn[]> _columns;

    protected ContentDataset(string id, string contentType, ContentModel model, CultureSet cultures)
    {
        Id = id;
        _contentType = contentType;
        // Lazy: the subclass defines its columns from its own fields, which are not set yet while this runs.
        _columns = new Lazy<ContentColumn[]>(() => [.. Define(new ContentColumns(model.Type(contentType), cultures))]);
    }

    public string Id { get; }

    public abstract LocalizedText Title { get; }

    public abstract LocalizedText Description { get; }

    public abstract IReadOnlyList<string> Keywords { get; }

    public IReadOnlyList<DatasetColumn> Columns => field ??= [.. _columns.Value.Select(c => c.Definition)];

    public IEnumerable<object?[]> Rows(DatasetContext context)
    {
        var columns = _columns.Value;
        foreach (var item in PublishedItems.OfType(context.Snapshot, _contentType))
        {
            var row = new ContentRow(item, context);
            var privatePerson = IsPrivatePerson(row);
            var cells = new object?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                // Not even read: a private person's value never reaches a writer.
                cells[i] = privatePerson && columns[i].Definition.PersonalData ? null : columns[i].Read(row);
            }

            yield return cells;
        }
    }

    /// <summary>The columns, in file order. Called once, on first use.</summary>
    protected abstract IEnumerable<ContentColumn> Define(ContentColumns columns);

    /// <summary>Whether the row is about a private person, whose <see cref="DatasetColumn.PersonalData"/> columns stay empty.</summary>
    protected virtual bool IsPrivatePerson(ContentRow row) => false;
}
