using System.Text.Json;

namespace ParentPartner.Referral.Api.Features;

/// <summary>Reads an enum value from a query string the way it travels in JSON: kebab-case ("ready-for-matching").</summary>
public static class KebabEnum
{
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

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
