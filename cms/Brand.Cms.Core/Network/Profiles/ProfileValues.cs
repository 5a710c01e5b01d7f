using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Core.Network;

/// <summary>
/// The part of a directory entry its actor may change: how it presents itself, where and in what it helps,
/// how to reach it. The name, the category and the label stay with the network managers.
/// </summary>
public sealed record ProfileValues
{
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Specialties { get; init; } = [];
    public IReadOnlyList<string> Departments { get; init; } = [];
    public bool AcceptsRemote { get; init; }
    public string Address { get; init; } = "";
    public string Postcode { get; init; } = "";
    public string City { get; init; } = "";
    public string Email { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Website { get; init; } = "";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    /// <summary>The entry as published, in the culture the actor reads it in.</summary>
    public static ProfileValues From(PublishedContent actor) => new()
    {
        Description = actor.Value<string>("description") ?? "",
        Specialties = actor.Value<string[]>("specialties") ?? [],
        Departments = actor.Value<string[]>("departmentsServed") ?? [],
        AcceptsRemote = actor.Value<bool?>("acceptsRemote") ?? false,
        Address = actor.Value<string>("address") ?? "",
        Postcode = actor.Value<string>("postcode") ?? "",
        City = actor.Value<string>("city") ?? "",
        Email = actor.Value<string>("email") ?? "",
        Phone = actor.Value<string>("phone") ?? "",
        Website = actor.Value<Uri>("website")?.ToString() ?? actor.Value<string>("website") ?? "",
    };

    /// <summary>What an application says, as the entry it will make.</summary>
    public static ProfileValues Of(LabelApplication application) => new()
    {
        Description = application.Description,
        Specialties = application.SpecialtyList,
        Departments = application.DepartmentList,
        AcceptsRemote = application.AcceptsRemote,
        Address = application.Address ?? "",
        Postcode = application.Postcode,
        City = application.City,
        Email = application.Email,
        Phone = application.Phone ?? "",
        Website = application.Website ?? "",
    };

    public string ToJson() => JsonSerializer.Serialize(this, _json);

    public static ProfileValues FromJson(string json) => JsonSerializer.Deserialize<ProfileValues>(json, _json) ?? new ProfileValues();

    /// <summary>Writes these values into a draft: the description in <paramref name="culture"/>, the rest shared by all cultures.</summary>
    public void ApplyTo(DocumentData data, string culture, IReadOnlyList<string> regions)
    {
        data.Set("description", culture, Description.Trim());
        data.Set("specialties", DocumentData.Invariant, Array(Specialties));
        data.Set("departmentsServed", DocumentData.Invariant, Array(Departments));
        data.Set("regionsServed", DocumentData.Invariant, Array(regions));
        data.Set("acceptsRemote", DocumentData.Invariant, AcceptsRemote);
        data.Set("address", DocumentData.Invariant, Optional(Address));
        data.Set("postcode", DocumentData.Invariant, Postcode.Trim());
        data.Set("city", DocumentData.Invariant, City.Trim());
        data.Set("email", DocumentData.Invariant, Optional(Email));
        data.Set("phone", DocumentData.Invariant, Optional(Phone));
        data.Set("website", DocumentData.Invariant, Optional(Website));
    }

    /// <summary>The fields that differ from <paramref name="current"/>, with both values, for the moderation page.</summary>
    public IReadOnlyList<(string Field, string Before, string After)> Differences(ProfileValues current)
    {
        var changes = new List<(string, string, string)>();
        void Compare(string field, string before, string after)
        {
            if (!string.Equals(before.Trim(), after.Trim(), StringComparison.Ordinal))
            {
                changes.Add((field, before, after));
            }
        }

        Compare(ApplicationForm.DescriptionField, current.Description, Description);
        Compare(ApplicationForm.SpecialtiesField, string.Join(", ", current.Specialties), string.Join(", ", Specialties));
        Compare(ApplicationForm.DepartmentsField, string.Join(", ", current.Departments), string.Join(", ", Departments));
        Compare(ApplicationForm.AcceptsRemoteField, current.AcceptsRemote.ToString(CultureInfo.InvariantCulture), AcceptsRemote.ToString(CultureInfo.InvariantCulture));
        Compare(ApplicationForm.AddressField, current.Address, Address);
        Compare(ApplicationForm.PostcodeField, current.Postcode, Postcode);
        Compare(ApplicationForm.CityField, current.City, City);
        Compare(ApplicationForm.EmailField, current.Email, Email);
        Compare(ApplicationForm.PhoneField, current.Phone, Phone);
        Compare(ApplicationForm.WebsiteField, current.Website, Website);
        return changes;
    }

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static JsonArray Array(IEnumerable<string> values) => new(values.Distinct().Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
