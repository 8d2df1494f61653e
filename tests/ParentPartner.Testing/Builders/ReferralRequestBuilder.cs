using System.Text.Json.Nodes;

namespace ParentPartner.Testing.Builders;

/// <summary>A valid intake request by default; each With… changes one thing a test cares about.</summary>
public sealed class ReferralRequestBuilder
{
    private readonly JsonObject _body;

    public ReferralRequestBuilder(string programId)
    {
        _body = new JsonObject
        {
            ["programId"] = programId,
            ["source"] = "child-welfare-agency",
            ["referrer"] = new JsonObject { ["organisation"] = "County Human Services", ["contact"] = "intake@county.example" },
            ["parent"] = new JsonObject
            {
                ["firstName"] = "Maria",
                ["lastName"] = "Lopez",
                ["email"] = "maria.lopez@example.org",
                ["phone"] = "515-555-0142",
                ["preferredLanguages"] = new JsonArray("es", "en"),
                ["county"] = "Polk",
            },
            ["consent"] = new JsonObject { ["givenAt"] = DateTimeOffset.UtcNow.AddDays(-1).ToString("O"), ["scope"] = "matching-and-contact" },
        };
    }

    public ReferralRequestBuilder WithSource(string source) => Set(b => b["source"] = source);

    public ReferralRequestBuilder WithParent(string field, JsonNode? value) => Set(b => b["parent"]![field] = value);

    public ReferralRequestBuilder WithoutParent() => Set(b => b.Remove("parent"));

    public ReferralRequestBuilder WithoutConsent() => Set(b => b.Remove("consent"));

    public ReferralRequestBuilder With(string field, JsonNode? value) => Set(b => b[field] = value);

    public ReferralRequestBuilder Without(string field) => Set(b => b.Remove(field));

    public JsonObject Build() => (JsonObject)_body.DeepClone();

    public string ToJson() => _body.ToJsonString();

    private ReferralRequestBuilder Set(Action<JsonObject> change)
    {
        change(_body);
        return this;
    }
}
