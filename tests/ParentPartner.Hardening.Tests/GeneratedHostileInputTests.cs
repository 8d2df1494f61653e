using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParentPartner.Testing;
using Xunit.Abstractions;

namespace ParentPartner.Hardening.Tests;

/// <summary>
/// Every write operation of every service's OpenAPI document (read through the gateway, so an endpoint added
/// later is covered without touching this file) gets the bodies of <see cref="HostileBodies"/> from callers of
/// every role. Whatever the answer, it is never a 5xx, and every 4xx is an RFC 9457 problem.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class GeneratedHostileInputTests(Platform platform, ITestOutputHelper output)
{
    private static readonly TestUser[] Callers =
        [TestUsers.CoordinatorA, TestUsers.AdminA, TestUsers.SupportParentA, TestUsers.PayrollApproverA, TestUsers.Analyst];

    public static TheoryData<string> Services => new(ParentPartner.Gateway.Topology.PlatformTopology.Load().Services.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Services))]
    public async Task No_write_operation_answers_a_5xx_or_a_4xx_that_is_not_a_problem(string service)
    {
        using var anonymous = platform.AnonymousClient();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync($"/openapi/{service}.json"));
        var root = document.RootElement;
        var clients = new List<HttpClient>();
        foreach (var caller in Callers)
        {
            clients.Add(await platform.GatewayClientAsync(caller));
        }

        var failures = new List<string>();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();
        foreach (var (method, path, schema) in WriteOperations(root))
        {
            var url = PathParameter().Replace(path, match => Substitute(match.Groups[1].Value));
            var bodies = (schema is { } s ? HostileBodies.For(s, root).Concat(HostileBodies.NotBodies) : HostileBodies.NotBodies).ToList();
            var client = await AllowedCallerAsync(clients, method, url, bodies[0]);
            foreach (var body in bodies)
            {
                using var response = await SendAsync(client, method, url, body);
                sent++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var isProblem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                if (status >= 500 || (status >= 400 && !isProblem))
                {
                    failures.Add($"{method} {path} → {status} for {Excerpt(body)}");
                }
            }
        }

        output.WriteLine($"{service}: {sent} requests; " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(sent > 0, $"{service}: no write operation found");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests to {service}:\n" + string.Join("\n", failures.Distinct().Take(25)));
        clients.ForEach(c => c.Dispose());
    }

    // The first caller whose role the operation accepts, so the hostile bodies reach validation rather than a 403.
    private static async Task<HttpClient> AllowedCallerAsync(List<HttpClient> clients, string method, string url, string body)
    {
        foreach (var client in clients)
        {
            using var response = await SendAsync(client, method, url, body);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized))
            {
                return client;
            }
        }
        return clients[0];
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return client.SendAsync(request);
    }

    private static IEnumerable<(string Method, string Path, JsonElement? Schema)> WriteOperations(JsonElement document)
    {
        if (!document.TryGetProperty("paths", out var paths))
        {
            yield break;
        }
        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "patch"))
            {
                JsonElement? schema = operation.Value.TryGetProperty("requestBody", out var body)
                    && body.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var s) ? s : null;
                yield return (operation.Name.ToUpperInvariant(), path.Name, schema);
            }
        }
    }

    // The caller's own program for program ids (so requests get past scoping), a fresh id for anything else.
    private static string Substitute(string parameter) =>
        parameter.Contains("program", StringComparison.OrdinalIgnoreCase) ? TestUsers.ProgramA
        : parameter.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2026"
        : Guid.NewGuid().ToString();

    private static string Excerpt(string body) => body.Length <= 160 ? body : body[..160] + "…";

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex PathParameter();
}
