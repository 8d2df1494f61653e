using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// Every string a request body carries, in every service: a NUL character is refused while reading, so no
/// endpoint that forgot <c>TextRules.Text</c> can hand one to PostgreSQL (which refuses NUL in text: a 500).
/// </summary>
public sealed class NulRefusingStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0') ? throw new NulCharacterException() : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A request body's string held a NUL character; the problem response says so and names the field.</summary>
public sealed class NulCharacterException() : JsonException("A text value holds a NUL character.");
