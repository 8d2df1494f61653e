using System.Globalization;
using System.Text.Json.Nodes;

namespace ParentPartner.Testing.Builders.Training;

/// <summary>
/// A valid support-parent application by default: a parent partner whose own child-welfare case was
/// resolved two years before <paramref name="today"/> (eligible). Each With… changes one thing a test cares about.
/// </summary>
public sealed class SupportParentApplicationBuilder
{
    private readonly JsonObject _body;

    public SupportParentApplicationBuilder(DateOnly today)
    {
        _body = new JsonObject
        {
            ["firstName"] = "Dana",
            ["lastName"] = "Whitfield",
            ["email"] = "dana.whitfield@example.org",
            ["phone"] = "515-555-0199",
            ["livedExperience"] = new JsonObject
            {
                ["conditionCategories"] = new JsonArray(),
                ["childWelfareCase"] = new JsonObject
                {
                    ["resolvedOn"] = Date(today.AddYears(-2)),
                    ["stages"] = new JsonArray("in-care", "reunified"),
                },
            },
            ["languages"] = new JsonArray("en", "es"),
            ["county"] = "Polk",
            ["availability"] = new JsonObject { ["evenings"] = true, ["weekends"] = false },
            ["employmentType"] = "contractor",
            ["fatherToFatherCapable"] = false,
        };
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public SupportParentApplicationBuilder WithAccount(string userSubject) => With("userSubject", userSubject);

    public SupportParentApplicationBuilder WithName(string firstName, string lastName) => Set(b =>
    {
        b["firstName"] = firstName;
        b["lastName"] = lastName;
    });

    public SupportParentApplicationBuilder ResolvedOn(DateOnly? date) => Set(b =>
    {
        var experience = b["livedExperience"]!.AsObject();
        if (date is null)
        {
            experience.Remove("childWelfareCase");
        }
        else
        {
            experience["childWelfareCase"] ??= new JsonObject();
            experience["childWelfareCase"]!["resolvedOn"] = Date(date.Value);
        }
    });

    public SupportParentApplicationBuilder InRecoverySince(DateOnly date) => Set(b => b["livedExperience"]!["inRecoverySince"] = Date(date));

    /// <summary>A P2P support parent: condition categories and no child-welfare case.</summary>
    public SupportParentApplicationBuilder WithConditions(params string[] categories) => Set(b =>
    {
        b["livedExperience"]!["conditionCategories"] = new JsonArray([.. categories.Select(c => (JsonNode)c)]);
        b["livedExperience"]!.AsObject().Remove("childWelfareCase");
    });

    /// <summary>The year of birth of the child the lived experience is about.</summary>
    public SupportParentApplicationBuilder WithChildBornIn(int year) => WithLivedExperience("childBirthYear", year);

    public SupportParentApplicationBuilder WithLivedExperience(string field, JsonNode? value) => Set(b => b["livedExperience"]![field] = value);

    public SupportParentApplicationBuilder With(string field, JsonNode? value) => Set(b => b[field] = value);

    public SupportParentApplicationBuilder Without(string field) => Set(b => b.Remove(field));

    public JsonObject Build() => (JsonObject)_body.DeepClone();

    public string ToJson() => _body.ToJsonString();

    private SupportParentApplicationBuilder Set(Action<JsonObject> change)
    {
        change(_body);
        return this;
    }
}
