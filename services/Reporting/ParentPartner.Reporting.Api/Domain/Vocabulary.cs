using System.Text.Json;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// Events carry enum names as PascalCase ("ChildWelfareAgency", "ReadyForMatching"); the APIs speak
/// kebab-case ("child-welfare-agency"). Reporting stores the API's vocabulary so its figures use the same words.
/// </summary>
public static class Vocabulary
{
    public static string Kebab(string value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.Trim());

    public static string? KebabOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : Kebab(value);

    public static List<string> KebabAll(IEnumerable<string>? values) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(Kebab).Distinct(StringComparer.Ordinal)];

    /// <summary>BCP 47 tags compare case-insensitively; stored lower-case ("es-mx").</summary>
    public static List<string> Languages(IEnumerable<string>? tags) =>
        [.. (tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    public static string? County(string? county) => string.IsNullOrWhiteSpace(county) ? null : county.Trim();
}
