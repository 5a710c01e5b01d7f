using Brand.Cms.Core.DocumentTypes;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>What a column holds, as the documentation names it and the CSV and JSON writers format it.</summary>
#pragma warning disable CA1720 // "Integer" and "Decimal" are the names data users know (Table Schema's too).
public enum ColumnType
{
    /// <summary>A UUID, lower case with hyphens.</summary>
    Uuid,

    /// <summary>Several UUIDs: joined with "|" in CSV, an array in JSON.</summary>
    UuidList,

    Text,

    /// <summary>The absolute URL of a page of this site.</summary>
    PageUrl,

    /// <summary>An external absolute URL, as the editors entered it.</summary>
    Url,

    Email,
    Phone,

    /// <summary>One code among documented values.</summary>
    Code,

    /// <summary>Several codes: joined with "|" in CSV, an array in JSON.</summary>
    CodeList,

    /// <summary>"true" or "false"; never empty.</summary>
    Boolean,

    Integer,

    /// <summary>A decimal number with a point: 15.8.</summary>
    Decimal,

    /// <summary>ISO 8601 date: 2026-11-23.</summary>
    Date,

    /// <summary>ISO 8601 date and time with its offset: 2026-11-23T14:00:00+00:00.</summary>
    DateTime,
}
#pragma warning restore CA1720

/// <summary>
/// One column of a dataset: its stable name (snake_case, English), type and description in every culture,
/// and for codes the documented values. <see cref="PersonalData"/> columns are left empty on the rows of
/// private persons.
/// </summary>
public sealed record DatasetColumn(string Name, ColumnType Type, LocalizedText Description, IReadOnlyList<ChoiceOption> Values, bool PersonalData = false)
{
    /// <summary>Joined with "|" in CSV, an array in JSON.</summary>
    public bool IsList => Type is ColumnType.CodeList or ColumnType.UuidList;
}
