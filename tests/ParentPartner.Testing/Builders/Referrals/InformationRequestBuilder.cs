using System.Globalization;
using System.Text.Json.Nodes;

namespace ParentPartner.Testing.Builders.Referrals;

/// <summary>An answered request for information (POST /api/referrals/programs/{programId}/information-requests): no personal data.</summary>
public static class InformationRequestBuilder
{
    public static JsonObject Answered(DateOnly answeredOn, string channel = "phone", string? county = "Polk", string? language = "es", params string[] topics) => new()
    {
        ["channel"] = channel,
        ["topics"] = new JsonArray([.. (topics.Length == 0 ? ["support-groups", "diagnosis-resources"] : topics).Select(t => (JsonNode?)JsonValue.Create(t))]),
        ["county"] = county,
        ["language"] = language,
        ["resourcesSent"] = true,
        ["answeredOn"] = answeredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>A re-entry into care on a day (POST /api/referrals/{id}/re-entries).</summary>
    public static JsonObject ReEntry(DateOnly enteredCareOn) => new() { ["enteredCareOn"] = enteredCareOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
}
