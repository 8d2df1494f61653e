using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParentPartner.Hardening.Tests;

/// <summary>
/// Hostile request bodies for one operation, generated from its OpenAPI schema: a plausible body first, then
/// that body with one property at a time replaced by something hostile (a huge or odd string, a number at or
/// past its type's edge, an impossible date, the wrong JSON type, an unknown enum value), and bodies that
/// are not what the operation reads at all (malformed JSON, an array, null).
/// </summary>
public static class HostileBodies
{
    private static readonly JsonNode?[] HostileValues =
    [
        new string('x', 100_000),
        "\u202Eevil\u0007\uFFFF",
        "0001-01-01T00:00:00Z",
        "2026-02-30",
        "not-a-known-value",
        2147483648L,
        -2147483649L,
        1e308,
        -1,
        JsonValue.Create(0.5),
        true,
        new JsonObject { ["nested"] = new JsonArray(1, 2, 3) },
        new JsonArray(new string('y', 10_000)),
        null,
    ];

    public static readonly string[] NotBodies = ["{", "[]", "null", "\"text\"", "{\"a\":", "{}"];

    public static IEnumerable<string> For(JsonElement schema, JsonElement document)
    {
        var plausible = Sample(schema, document, depth: 0);
        if (plausible is not JsonObject body)
        {
            yield break;
        }
        yield return body.ToJsonString();
        foreach (var name in body.Select(p => p.Key).ToList())
        {
            foreach (var hostile in HostileValues)
            {
                var copy = body.DeepClone().AsObject();
                copy[name] = hostile?.DeepClone();
                yield return copy.ToJsonString();
            }
        }
    }

    /// <summary>A plausible value for a schema: enums take their first value, formats a value of that format.</summary>
    private static JsonNode? Sample(JsonElement schema, JsonElement document, int depth)
    {
        schema = Resolve(schema, document);
        if (depth > 4)
        {
            return null;
        }
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            return JsonNode.Parse(values[0].GetRawText());
        }
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var first = options.EnumerateArray().Select(o => Resolve(o, document))
                    .FirstOrDefault(o => TypeOf(o) != "null");
                return first.ValueKind == JsonValueKind.Undefined ? null : Sample(first, document, depth + 1);
            }
        }
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return TypeOf(schema) switch
        {
            "object" => SampleObject(schema, document, depth),
            "array" => new JsonArray(schema.TryGetProperty("items", out var items) ? Sample(items, document, depth + 1) : null),
            "integer" => 1,
            "number" => 1.5,
            "boolean" => true,
            "string" => format switch
            {
                "date-time" => DateTimeOffset.UtcNow.AddDays(-1).ToString("O"),
                "date" => DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
                "uuid" => Guid.NewGuid().ToString(),
                "email" => "someone@example.org",
                _ => "sample",
            },
            _ => null,
        };
    }

    private static JsonObject SampleObject(JsonElement schema, JsonElement document, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Sample(property.Value, document, depth + 1);
            }
        }
        return result;
    }

    // OpenAPI 3.1 writes "type": ["string", "null"]; the first non-null one is what a body carries.
    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }
        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement document)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var node = document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                node = node.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
            }
            schema = node;
        }
        return schema;
    }
}
