using System.Globalization;
using System.Text.Json.Nodes;

namespace ParentPartner.Testing.Builders.Training;

/// <summary>A valid cohort request for a course: a two-hour evening session at a local time in the program's zone.</summary>
public sealed class CohortRequestBuilder
{
    private readonly JsonObject _body;

    public CohortRequestBuilder(Guid courseId, DateTime startsLocal)
    {
        _body = new JsonObject
        {
            ["courseId"] = courseId,
            ["trainer"] = "Pat Okafor",
            ["location"] = "County Human Services, room 2",
            ["startsLocal"] = Local(startsLocal),
            ["durationMinutes"] = 120,
        };
    }

    public static string Local(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public CohortRequestBuilder WithSeats(int? seats) => With("seats", seats);

    public CohortRequestBuilder StartingAt(string startsLocal) => With("startsLocal", startsLocal);

    public CohortRequestBuilder With(string field, JsonNode? value) => Set(b => b[field] = value);

    public CohortRequestBuilder Without(string field) => Set(b => b.Remove(field));

    public JsonObject Build() => (JsonObject)_body.DeepClone();

    private CohortRequestBuilder Set(Action<JsonObject> change)
    {
        change(_body);
        return this;
    }
}
