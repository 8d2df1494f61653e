using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParentPartner.DemoSeed.Api;

/// <summary>The services' wire format: camelCase, enums as kebab-case strings, nulls left out (they refuse unknown members, not missing ones).</summary>
public static class SeedJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}
