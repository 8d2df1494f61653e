using System.Text.Json;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// Enum values as they travel in JSON, query strings and events: kebab-case ("ready-for-matching"), the same
/// spelling the JSON converter of <see cref="JsonExtensions"/> uses.
/// </summary>
public static class KebabEnum
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), value, StringComparison.Ordinal))
            {
                result = candidate;
                return true;
            }
        }
        result = default;
        return false;
    }
}
