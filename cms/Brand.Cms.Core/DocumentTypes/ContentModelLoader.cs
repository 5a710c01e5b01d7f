using System.Text.Json;
using System.Text.Json.Serialization;
using Brand.Cms.Core.Cultures;

namespace Brand.Cms.Core.DocumentTypes;

/// <summary>
/// Reads umbraco.config (cultures.json and document-types/*.json). Every problem is collected with its
/// file and line, and start-up stops with the whole list rather than with the first one.
/// </summary>
public static class ContentModelLoader
{
    internal static readonly JsonSerializerOptions FileOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonReaderOptions _readerOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ContentModel Load(string configFolder)
    {
        var errors = new List<ConfigError>();
        var cultures = LoadCultures(Path.Combine(configFolder, "cultures.json"), errors);
        var typesFolder = Path.Combine(configFolder, "document-types");
        var files = new List<(string Path, DocumentTypeFile File, JsonLineMap Lines)>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(typesFolder))
        {
            errors.Add(new ConfigError(typesFolder, null, null, "the document-types folder does not exist"));
        }
        else
        {
            foreach (var path in Directory.EnumerateFiles(typesFolder, "*.json").Order(StringComparer.Ordinal))
            {
                if (Read<DocumentTypeFile>(path, errors) is ({ } file, { } lines))
                {
                    files.Add((path, file, lines));
                }
                else
                {
                    // Already reported; references to it must not add "does not exist" noise.
                    unreadable.Add(Path.GetFileNameWithoutExtension(path));
                }
            }
        }

        var types = cultures is null ? new Dictionary<string, DocumentType>() : DocumentTypeValidator.Validate(files, cultures, unreadable, errors);
        if (errors.Count > 0)
        {
            throw new ContentModelException(errors);
        }

        return new ContentModel(cultures!, types);
    }

    private static CultureSet? LoadCultures(string path, List<ConfigError> errors)
    {
        if (Read<CulturesFile>(path, errors) is not ({ } file, { } lines))
        {
            return null;
        }

        var before = errors.Count;
        if (file.Cultures.Count == 0)
        {
            errors.Add(new ConfigError(path, lines.LineOf("cultures"), null, "at least one culture is required"));
        }

        for (var i = 0; i < file.Cultures.Count; i++)
        {
            var code = file.Cultures[i].Code;
            if (string.IsNullOrWhiteSpace(code) || code.Any(c => !char.IsAsciiLetterLower(c) && c != '-'))
            {
                errors.Add(new ConfigError(path, lines.LineOf($"cultures[{i}].code"), null, $"'{code}' is not a culture code like 'fr' or 'en'"));
            }
            else if (file.Cultures.Take(i).Any(c => c.Code == code))
            {
                errors.Add(new ConfigError(path, lines.LineOf($"cultures[{i}].code"), null, $"culture '{code}' is declared twice"));
            }
        }

        if (file.Cultures.Count(c => c.Default) != 1 && file.Cultures.Count > 0)
        {
            errors.Add(new ConfigError(path, lines.LineOf("cultures"), null, "exactly one culture must have \"default\": true"));
        }

        return errors.Count > before ? null : new CultureSet(file.Cultures.Select(c => new Culture(c.Code, c.Name, c.Default)));
    }

    private static (T? Value, JsonLineMap? Lines) Read<T>(string path, List<ConfigError> errors) where T : class
    {
        if (!File.Exists(path))
        {
            errors.Add(new ConfigError(path, null, null, "the file does not exist"));
            return (null, null);
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            var lines = JsonLineMap.Build(bytes, _readerOptions);
            var value = JsonSerializer.Deserialize<T>(bytes, FileOptions);
            if (value is null)
            {
                errors.Add(new ConfigError(path, 1, null, "the file is empty (null)"));
            }

            return (value, lines);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var reason = ex.Message.Split(" Path:", 2)[0];
            var where = JsonLineMap.FromJsonExceptionPath(ex.Path);
            errors.Add(new ConfigError(path, line, null, where.Length > 0 ? $"{reason} (at {where})" : reason));
            return (null, null);
        }
    }

    private sealed class CulturesFile
    {
        public List<CultureEntry> Cultures { get; set; } = [];
    }

    private sealed class CultureEntry
    {
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public bool Default { get; set; }
    }
}
