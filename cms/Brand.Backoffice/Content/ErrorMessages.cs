using System.Globalization;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Backoffice.Content;

/// <summary>The engine's validation errors, said in French for the form (the engine speaks English to logs and APIs).</summary>
public static class ErrorMessages
{
    public static string French(PropertyError error, PropertyType? property) => error.Code switch
    {
        "required" => "Ce champ est obligatoire pour publier.",
        "maxLength" when property?.MaxLength is { } max => $"Trop long : {max} caractères au plus.",
        "maxLength" => $"Trop long : {ContentValidator.MaxNameLength} caractères au plus.",
        "pattern" when property is not null && property.PatternMessage.Count > 0 => property.PatternMessage.In("fr"),
        "pattern" => "Le format n'est pas celui attendu.",
        "range" => $"La valeur doit être comprise entre {Bound(property?.Min, "-∞")} et {Bound(property?.Max, "+∞")}.",
        "count" => $"Le nombre d'éléments doit être compris entre {Bound(property?.Min, "0")} et {Bound(property?.Max, "l'infini")}.",
        "option" => "Ce choix ne fait pas partie des valeurs proposées.",
        "taken" => "Ce segment d'URL est déjà utilisé par un autre contenu au même niveau.",
        "blockType" => "Ce type de bloc n'est pas autorisé ici.",
        "format" when error.Property == "urlSegment" => "Le segment d'URL ne contient que des minuscules, des chiffres et des tirets simples, par exemple evenements-a-venir.",
        "format" => Format(property?.Editor),
        _ => error.Message,
    };

    private static string Bound(decimal? value, string none) => value?.ToString(CultureInfo.InvariantCulture) ?? none;

    private static string Format(EditorKind? editor) => editor switch
    {
        EditorKind.Email => "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.",
        EditorKind.Url => "Saisissez une adresse web complète (https://…) ou un chemin commençant par /.",
        EditorKind.Phone => "Saisissez un numéro de téléphone : chiffres, espaces, points, tirets, + facultatif.",
        EditorKind.Integer => "Saisissez un nombre entier.",
        EditorKind.Decimal => "Saisissez un nombre.",
        EditorKind.Date => "Saisissez une date valide (jj/mm/aaaa).",
        EditorKind.DateTime => "Saisissez une date et une heure valides.",
        EditorKind.GeoPoint => "Saisissez une latitude entre -90 et 90 et une longitude entre -180 et 180.",
        EditorKind.MediaPicker or EditorKind.ContentPicker => "Choisissez un élément de la liste.",
        _ => "Le format n'est pas celui attendu.",
    };
}
