using System.Net;
using ParentPartner.Testing;

namespace ParentPartner.Reporting.Tests;

/// <summary>Reporting's OpenAPI document, through the gateway, lists every endpoint.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiTests(Platform platform)
{
    [Fact]
    public async Task The_document_lists_every_reporting_endpoint()
    {
        using var client = platform.AnonymousClient();
        using var response = await client.GetAsync("/openapi/reporting.json");
        var paths = (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("paths");

        foreach (var path in new[]
                 {
                     "/api/reports/programs/{programId}/summary", "/api/reports/programs/{programId}/time-to-match",
                     "/api/reports/programs/{programId}/roster-gaps", "/api/reports/programs/{programId}/follow-up",
                     "/api/reports/programs/{programId}/payroll",
                     "/api/reports/programs/{programId}/settings",
                     "/api/reports/programs/{programId}/annual-reports/{year}", "/api/reports/programs/{programId}/annual-reports/{year}/drafts",
                     "/api/reports/programs/{programId}/annual-reports/{year}/approval",
                     "/api/reports/programs/{programId}/rebuild", "/api/reports/rebuild",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the document");
        }
    }
}
