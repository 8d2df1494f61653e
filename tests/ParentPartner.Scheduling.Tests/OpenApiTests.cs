using System.Net;
using System.Text.Json;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>Scheduling's OpenAPI document, through the gateway: every route, and schemas that say what their fields mean and allow.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiTests(Platform platform)
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var client = platform.AnonymousClient();
        using var response = await client.GetAsync("/openapi/scheduling.json");
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_document_lists_every_scheduling_route()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/scheduling/programs/{programId}/appointments", "/api/scheduling/programs/{programId}/appointments/{appointmentId}",
                     "/api/scheduling/programs/{programId}/matches", "/api/scheduling/programs/{programId}/matches/{matchId}/plan",
                     "/api/scheduling/programs/{programId}/plan-items/{planItemId}/complete", "/api/scheduling/programs/{programId}/worklist",
                     "/api/scheduling/programs/{programId}/alerts", "/api/scheduling/programs/{programId}/matches/{matchId}/contacts",
                     "/api/scheduling/programs/{programId}/contacts", "/api/scheduling/programs/{programId}/contacts/{contactId}",
                     "/api/scheduling/programs/{programId}/contacts/{contactId}/void", "/api/scheduling/programs/{programId}/follow-up-settings",
                     "/api/scheduling/programs/{programId}/calendar-feeds", "/api/scheduling/programs/{programId}/calendar-feeds/{feedId}",
                     "/api/public/calendar-feeds/{feed}", "/api/scheduling/me/week", "/api/scheduling/me/reminders",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the document");
        }
    }

    [Fact]
    public async Task Every_operation_but_the_anonymous_feed_requires_the_bearer_scheme()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var secured = operation.Value.TryGetProperty("security", out var security)
                    && security.EnumerateArray().Any(requirement => requirement.TryGetProperty("bearer", out _));
                Assert.True(secured == !path.Name.StartsWith("/api/public/", StringComparison.Ordinal), $"{operation.Name} {path.Name}: security {secured}");
            }
        }
    }

    [Fact]
    public async Task A_contact_requests_fields_carry_their_descriptions_and_allowed_values()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("ContactRequest", out var request), string.Join(",", schemas.EnumerateObject().Select(o => o.Name)));
        var contact = request.GetProperty("properties");
        Assert.Contains("Not in the future", contact.GetProperty("startedAt").GetProperty("description").GetString());
        Assert.Equal(90, contact.GetProperty("minutes").GetProperty("examples")[0].GetInt32());
        Assert.Equal("2026-12-07T09:00:00-06:00", contact.GetProperty("startedAt").GetProperty("examples")[0].GetString());
        var kinds = Resolve(schemas, contact.GetProperty("kind")).GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("court-hearing", kinds);
        Assert.Contains("family-team-meeting", kinds);
    }

    // A property is either the schema itself or a $ref (possibly inside oneOf/allOf with null) to a component.
    private static JsonElement Resolve(JsonElement schemas, JsonElement property)
    {
        if (property.TryGetProperty("$ref", out var reference))
        {
            return schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }
        foreach (var key in new[] { "oneOf", "allOf", "anyOf" })
        {
            if (property.TryGetProperty(key, out var options))
            {
                foreach (var option in options.EnumerateArray().Where(o => o.TryGetProperty("$ref", out _)))
                {
                    return Resolve(schemas, option);
                }
            }
        }
        return property;
    }
}
