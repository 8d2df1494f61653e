using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using ParentPartner.Testing;

namespace ParentPartner.IntegrationTests;

/// <summary>
/// The OpenAPI documents teach: read through the gateway for every service in the topology (so an endpoint or a
/// service added later is held to the same bar without touching this file), each schema and property says what it
/// is, each request body shows an example that its own schema accepts, and referral's examples work when pasted.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class OpenApiDocumentTests(Platform platform)
{
    public static TheoryData<string> Services => new(ParentPartner.Gateway.Topology.PlatformTopology.Load().Services.Select(s => s.Name));

    private async Task<JsonElement> DocumentAsync(string service)
    {
        using var anonymous = platform.AnonymousClient();
        using var response = await anonymous.GetAsync($"/openapi/{service}.json");
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_api_reference_opens_on_referral_whose_description_says_how_to_get_a_token()
    {
        using var anonymous = platform.AnonymousClient();
        var page = await anonymous.GetStringAsync("/docs");
        var documents = DocumentUrl().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(platform.Topology.Services.Select(s => s.Name), documents);
        Assert.Equal("referral", documents[0]);
        Assert.Matches("\"url\":\"openapi/referral.json\"[^}]*\"default\":true", page);

        var description = (await DocumentAsync("referral")).GetProperty("info").GetProperty("description").GetString()!;
        Assert.Contains("grant_type=password", description);
        Assert.Contains("client_id=parentpartner-cli", description);
        Assert.Contains("/connect/token", description);
        Assert.Contains("/realms/parentpartner/protocol/openid-connect/token", description);
        Assert.Contains("Authorization: Bearer $TOKEN", description);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_schema_reachable_from_a_request_body_and_each_of_its_properties_has_a_description(string service)
    {
        var document = await DocumentAsync(service);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var missing = new List<string>();
        foreach (var name in Reachable(schemas, RequestBodies(document).Select(b => b.Schema)))
        {
            missing.AddRange(Undescribed(name, schemas.GetProperty(name)));
        }
        Assert.True(missing.Count == 0, $"{service}: {missing.Count} without a description:\n" + string.Join("\n", missing));
    }

    /// <summary>
    /// Response schemas and fields still without a description, per service: a ratchet. Request bodies are held to
    /// zero above; here a new undescribed response field (an endpoint added later) fails, and when descriptions are
    /// added the number must come down with them (so it never quietly rises again). Lower these; never raise them.
    /// </summary>
    private static readonly Dictionary<string, int> UndescribedResponseParts = new(StringComparer.Ordinal)
    {
        ["referral"] = 0, ["training"] = 0, ["matching"] = 0, ["scheduling"] = 0,
        ["payroll-stipend"] = 0, ["reporting"] = 0, ["alliance-hub"] = 0,
    };

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Undescribed_response_schemas_and_properties_only_ever_decrease(string service)
    {
        var schemas = (await DocumentAsync(service)).GetProperty("components").GetProperty("schemas");
        var missing = schemas.EnumerateObject().SelectMany(s => Undescribed(s.Name, s.Value)).ToList();
        var allowed = UndescribedResponseParts.GetValueOrDefault(service);
        Assert.True(missing.Count <= allowed, $"{service}: {missing.Count} without a description, more than the {allowed} left to describe:\n" + string.Join("\n", missing));
        Assert.True(missing.Count == allowed, $"{service}: {missing.Count} without a description, fewer than {allowed}: lower {nameof(UndescribedResponseParts)}[\"{service}\"] to {missing.Count}.");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_request_body_has_an_example_its_own_schema_accepts(string service)
    {
        var document = await DocumentAsync(service);
        var failures = new List<string>();
        var bodies = RequestBodies(document).ToList();
        foreach (var (operation, schema) in bodies)
        {
            if (Example(document, schema) is not { } example)
            {
                failures.Add($"{operation}: no example");
                continue;
            }
            var errors = Validate(document, schema, example);
            if (errors.Count > 0)
            {
                failures.Add($"{operation}: its example {example.GetRawText()} is invalid: {string.Join("; ", errors)}");
            }
        }
        Assert.NotEmpty(bodies);
        Assert.True(failures.Count == 0, $"{service}:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// Each referral write's example, pasted as it is (its program swapped for the test's), through the gateway with a
    /// real token: accepted (2xx), or 409 where the document says the referral's state may refuse it. Programs first,
    /// then new referrals, then what is done to one, revoking consent last (it erases the referral's personal data).
    /// </summary>
    [Fact]
    public async Task Referrals_request_examples_work_when_pasted()
    {
        var document = await DocumentAsync("referral");
        var operations = RequestBodies(document)
            .Select(b => (b.Operation, Method: b.Operation.Split(' ')[0], Path: b.Operation.Split(' ')[1], b.Schema))
            .OrderBy(o => o.Path.Contains("/programs/{programId}", StringComparison.Ordinal) && o.Method == "PUT" ? 0 : o.Path.Contains("{id}", StringComparison.Ordinal) ? 2 : 1)
            .ThenBy(o => o.Path.EndsWith("/consent-revocation", StringComparison.Ordinal) ? 1 : 0)
            .ToList();
        using var admin = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var anonymous = platform.AnonymousClient();
        Guid? referral = null;
        var failures = new List<string>();
        foreach (var (operation, method, path, schema) in operations)
        {
            var example = Example(document, schema)!.Value.GetRawText().Replace("ia-parent-partner", TestUsers.ProgramA);
            if (path.Contains("{id}", StringComparison.Ordinal) && referral is null)
            {
                failures.Add($"{operation}: no referral was created by an earlier example to try it on");
                continue;
            }
            var url = path.Replace("{programId}", TestUsers.ProgramA).Replace("{id}", referral.ToString());
            var client = path.StartsWith("/api/public/", StringComparison.Ordinal) ? anonymous : method == "PUT" && path.Contains("/programs/", StringComparison.Ordinal) ? admin : coordinator;
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(example, Encoding.UTF8, "application/json") };
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var documented409 = status == 409 && Operation(document, method, path).GetProperty("responses").TryGetProperty("409", out _);
            if (status is < 200 or > 299 && !documented409)
            {
                failures.Add($"{operation} → {status}: {body}");
            }
            else if (method == "POST" && path == "/api/referrals")
            {
                referral = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
            }
        }
        Assert.Contains(operations, o => o.Operation == "POST /api/referrals");
        Assert.Contains(operations, o => o.Operation == "POST /api/public/self-referrals");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // ---- reading the documents ----

    private static IEnumerable<(string Operation, JsonElement Schema)> RequestBodies(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").TryGetProperty("application/json", out var json))
                {
                    yield return ($"{operation.Name.ToUpperInvariant()} {path.Name}", json.GetProperty("schema"));
                }
            }
        }
    }

    private static JsonElement Operation(JsonElement document, string method, string path) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method.ToLowerInvariant());

    private static JsonElement? Example(JsonElement document, JsonElement schema)
    {
        // An optional body is oneOf [null, $ref]: the example is the component's.
        if (schema.TryGetProperty("oneOf", out var options) && options.EnumerateArray().FirstOrDefault(o => o.TryGetProperty("$ref", out _)) is { ValueKind: JsonValueKind.Object } option)
        {
            schema = option;
        }
        var target = schema.TryGetProperty("$ref", out var reference) ? Component(document, reference.GetString()!) : schema;
        return target.TryGetProperty("examples", out var examples) && examples.GetArrayLength() > 0 ? examples[0]
            : target.TryGetProperty("example", out var example) ? example : null;
    }

    private static JsonElement Component(JsonElement document, string reference) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);

    /// <summary>The components a set of schemas refers to, transitively.</summary>
    private static IReadOnlyCollection<string> Reachable(JsonElement schemas, IEnumerable<JsonElement> roots)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonElement>(roots);
        while (pending.TryPop(out var node))
        {
            if (node.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.GetString()!.Split('/')[^1] is var name && found.Add(name))
                    {
                        pending.Push(schemas.GetProperty(name));
                    }
                    pending.Push(property.Value);
                }
            }
            else if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    pending.Push(item);
                }
            }
        }
        return found;
    }

    private static IEnumerable<string> Undescribed(string name, JsonElement schema)
    {
        if (!HasText(schema, "description"))
        {
            yield return name;
        }
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject().Where(p => !HasText(p.Value, "description")))
            {
                yield return $"{name}.{property.Name}";
            }
        }
    }

    private static bool HasText(JsonElement schema, string key) =>
        schema.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());

    /// <summary>
    /// The example against its schema as JSON Schema 2020-12 (what OpenAPI 3.1 schemas are): the document's components
    /// become the schema's $defs, so every $ref resolves.
    /// </summary>
    private static List<string> Validate(JsonElement document, JsonElement schema, JsonElement example)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = JsonNode.Parse(document.GetProperty("components").GetProperty("schemas").GetRawText()),
            ["allOf"] = new JsonArray(JsonNode.Parse(schema.GetRawText())),
        };
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/");
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var built = JsonSchema.FromText(text, options, new Uri($"https://parentpartner.test/{Guid.NewGuid():N}"));
        var result = built.Evaluate(example, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Distinct()];
    }

    [GeneratedRegex("\"url\":\"openapi/([a-z-]+)\\.json\"")]
    private static partial Regex DocumentUrl();
}
