using System.Text.Json.Nodes;

namespace ParentPartner.Testing.Builders.Referrals;

/// <summary>A valid public self-referral form by default; each With… changes one thing a test cares about.</summary>
public sealed class SelfReferralRequestBuilder
{
    private readonly JsonObject _body;

    public SelfReferralRequestBuilder(string programId)
    {
        _body = new JsonObject
        {
            ["programId"] = programId,
            ["parent"] = new JsonObject
            {
                ["firstName"] = "Aisha",
                ["lastName"] = "Rahman",
                ["email"] = "aisha.rahman@example.org",
                ["preferredLanguages"] = new JsonArray("en", "bn"),
                ["county"] = "Story",
                ["availability"] = new JsonObject { ["evenings"] = true, ["weekends"] = true },
            },
            ["child"] = new JsonObject { ["age"] = 2, ["conditionCategories"] = new JsonArray("congenital-heart") },
            ["needs"] = new JsonObject { ["reasonForSupport"] = "Surgery coming up; would like to talk to another parent." },
            ["consent"] = new JsonObject { ["agreed"] = true },
        };
    }

    public SelfReferralRequestBuilder WithParent(string field, JsonNode? value) => Set(b => b["parent"]![field] = value);

    public SelfReferralRequestBuilder With(string field, JsonNode? value) => Set(b => b[field] = value);

    public SelfReferralRequestBuilder Without(string field) => Set(b => b.Remove(field));

    public JsonObject Build() => (JsonObject)_body.DeepClone();

    public string ToJson() => _body.ToJsonString();

    private SelfReferralRequestBuilder Set(Action<JsonObject> change)
    {
        change(_body);
        return this;
    }
}
