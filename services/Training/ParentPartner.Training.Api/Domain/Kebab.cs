using System.Text.Json;

namespace ParentPartner.Training.Api.Domain;

/// <summary>Enum values as they travel (JSON and events): kebab-case, e.g. PreService → pre-service.</summary>
public static class Kebab
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
