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

    /// <summary>The five intake factors for a Parent to Parent program: the child, needs, qualities hoped for, preferences.</summary>
    public ReferralRequestBuilder WithP2pProfile(int childAge = 4, params string[] conditionCategories) => Set(b =>
    {
        b["child"] = new JsonObject { ["age"] = childAge, ["conditionCategories"] = ToArray(conditionCategories.Length > 0 ? conditionCategories : ["autism"]) };
        b["needs"] = DefaultNeeds();
    });

    /// <summary>The five intake factors for a child-welfare program: the case stage instead of condition categories.</summary>
    public ReferralRequestBuilder WithChildWelfareProfile(string caseStage = "in-care", int childAge = 7) => Set(b =>
    {
        b["child"] = new JsonObject { ["age"] = childAge };
        b["case"] = new JsonObject { ["stage"] = caseStage };
        b["needs"] = DefaultNeeds();
    });

    public ReferralRequestBuilder WithChild(string field, JsonNode? value) => Set(b => ((JsonObject)(b["child"] ??= new JsonObject()))[field] = value);

    public ReferralRequestBuilder WithNeeds(string field, JsonNode? value) => Set(b => ((JsonObject)(b["needs"] ??= new JsonObject()))[field] = value);

    public ReferralRequestBuilder WithCaseStage(string? stage) => Set(b => b["case"] = new JsonObject { ["stage"] = stage });

    public ReferralRequestBuilder WithReferrer(string field, JsonNode? value) => Set(b => ((JsonObject)(b["referrer"] ??= new JsonObject()))[field] = value);

    public ReferralRequestBuilder WithConsent(string field, JsonNode? value) => Set(b => ((JsonObject)(b["consent"] ??= new JsonObject()))[field] = value);

    /// <summary>Evening/weekend availability, father-to-father and a cultural background the family chose to give.</summary>
    public ReferralRequestBuilder WithParentPreferences(bool evenings = true, bool weekends = false, bool fatherToFather = false, string? culturalBackground = null) => Set(b =>
    {
        var parent = (JsonObject)b["parent"]!;
        parent["availability"] = new JsonObject { ["evenings"] = evenings, ["weekends"] = weekends };
        parent["fatherToFather"] = fatherToFather;
        if (culturalBackground is not null)
        {
            parent["culturalBackground"] = culturalBackground;
        }
    });

    public JsonObject Build() => (JsonObject)_body.DeepClone();

    public string ToJson() => _body.ToJsonString();

    private static JsonObject DefaultNeeds() => new()
    {
        ["challenges"] = "Recent diagnosis; feeding difficulties.",
        ["reasonForSupport"] = "Wants to talk to a parent who has been through it.",
        ["qualitiesHopedFor"] = new JsonArray("same-diagnosis", "bilingual"),
        ["preferences"] = "Phone calls after 6pm.",
    };

    private static JsonArray ToArray(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private ReferralRequestBuilder Set(Action<JsonObject> change)
    {
        change(_body);
        return this;
    }
}
