using System.Net.Http.Json;

namespace ParentPartner.Reporting.Tests.Support;

/// <summary>One of reporting's endpoints for a program, and how to call it with a valid request.</summary>
public sealed record Endpoint(string Name, HttpMethod Method, string PathTemplate, bool Program = true)
{
    public static readonly object ValidSettings = new { stateCode = "IA", programName = "Access test", kind = "p2p", targetHours = 48 };

    public static IReadOnlyList<Endpoint> All { get; } =
    [
        new("summary", HttpMethod.Get, "/api/reports/programs/{p}/summary?from=2020-01-01&to=2020-12-31"),
        new("time-to-match", HttpMethod.Get, "/api/reports/programs/{p}/time-to-match?from=2020-01-01&to=2020-12-31"),
        new("roster-gaps", HttpMethod.Get, "/api/reports/programs/{p}/roster-gaps?from=2020-01-01&to=2020-12-31"),
        new("follow-up", HttpMethod.Get, "/api/reports/programs/{p}/follow-up?from=2020-01-01&to=2020-12-31"),
        new("payroll", HttpMethod.Get, "/api/reports/programs/{p}/payroll?from=2020-01-01&to=2020-12-31"),
        new("get-settings", HttpMethod.Get, "/api/reports/programs/{p}/settings"),
        new("put-settings", HttpMethod.Put, "/api/reports/programs/{p}/settings"),
        new("annual-report", HttpMethod.Get, "/api/reports/programs/{p}/annual-reports/2020"),
        new("draft", HttpMethod.Post, "/api/reports/programs/{p}/annual-reports/2020/drafts"),
        new("approval", HttpMethod.Post, "/api/reports/programs/{p}/annual-reports/2020/approval"),
        new("rebuild-program", HttpMethod.Post, "/api/reports/programs/{p}/rebuild"),
        new("rebuild-all", HttpMethod.Post, "/api/reports/rebuild", Program: false),
    ];

    public static Endpoint Named(string name) => All.Single(e => e.Name == name);

    public HttpRequestMessage Request(string programId)
    {
        var request = new HttpRequestMessage(Method, PathTemplate.Replace("{p}", Uri.EscapeDataString(programId)));
        if (Method == HttpMethod.Put)
        {
            request.Content = JsonContent.Create(ValidSettings);
        }
        return request;
    }

    public override string ToString() => Name;
}
