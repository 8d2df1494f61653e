using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// What a schema transformer cannot see, finished over the whole document (after every schema became a component):
/// a property that is another component ($ref, or oneOf null-or-$ref) gets its own description, or its component's;
/// ASP.NET Core's problem types are described; every enum gets its first value as example; every object without an
/// example gets one composed from its properties' examples, so each request body shows a whole body to paste.
/// </summary>
public static class OpenApiCompletion
{
    /// <summary>ProblemDetails and HttpValidationProblemDetails come from ASP.NET Core, whose XML docs do not ship beside it.</summary>
    private static readonly Dictionary<string, (string Description, Dictionary<string, string> Properties)> Framework = new(StringComparer.Ordinal)
    {
        ["ProblemDetails"] = ("An RFC 9457 problem: what went wrong, as application/problem+json.", ProblemProperties()),
        ["HttpValidationProblemDetails"] = ("An RFC 9457 problem that lists, field by field, what is wrong with the request body or query.",
            new Dictionary<string, string>(ProblemProperties())
            {
                ["errors"] = "Each invalid field (by its JSON name) with what is wrong with it; an unknown enum value's message lists the allowed ones.",
            }),
    };

    private static Dictionary<string, string> ProblemProperties() => new(StringComparer.Ordinal)
    {
        ["type"] = "A URI reference that identifies the kind of problem.",
        ["title"] = "A short summary of the kind of problem, the same for every occurrence.",
        ["status"] = "The HTTP status code.",
        ["detail"] = "What went wrong this time, for a person to read.",
        ["instance"] = "The request path the problem is about.",
    };

    public static Task ApplyAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, component) in schemas)
        {
            if (component is not OpenApiSchema schema)
            {
                continue;
            }
            if (Framework.TryGetValue(name, out var framework))
            {
                schema.Description ??= framework.Description;
                foreach (var (property, description) in framework.Properties)
                {
                    if (schema.Properties is { } properties && properties.TryGetValue(property, out var found) && found is OpenApiSchema value)
                    {
                        value.Description ??= description;
                    }
                }
            }
            if (schema.Metadata is { } metadata && metadata.Remove(XmlDocDescriptions.TypeKey, out var type) && XmlDocDescriptions.TypeDoc((Type)type) is { } doc)
            {
                schema.Description ??= doc.Summary;
                if (doc.Example is { } example && (schema.Examples is null || schema.Examples.Count == 0))
                {
                    schema.Examples = [XmlDocDescriptions.Example(example)!];
                }
            }
        }
        foreach (var component in schemas.Values.OfType<OpenApiSchema>())
        {
            DescribeProperties(component, schemas);
        }
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            if (schema.Enum is { Count: > 0 } values && (schema.Examples is null || schema.Examples.Count == 0))
            {
                schema.Examples = [values[0]!.DeepClone()];
            }
        }
        var composed = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, component) in schemas)
        {
            if (component is OpenApiSchema schema && (schema.Properties is { Count: > 0 } || schema.Type == JsonSchemaType.Object)
                && (schema.Examples is null || schema.Examples.Count == 0)
                && Compose(name, schemas, composed, []) is { } example)
            {
                schema.Examples = [example];
            }
        }
        return Task.CompletedTask;
    }

    private static void DescribeProperties(OpenApiSchema schema, IDictionary<string, IOpenApiSchema> schemas)
    {
        var docs = schema.Metadata is { } metadata && metadata.TryGetValue(XmlDocDescriptions.PropertyDocsKey, out var stash) ? stash as Dictionary<string, (string? Summary, string? Example)> : null;
        schema.Metadata?.Remove(XmlDocDescriptions.PropertyDocsKey);
        foreach (var (key, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var own = docs?.GetValueOrDefault(key).Summary;
            switch (property)
            {
                // A reference's Description falls back to its target's, but only its own is written beside the $ref.
                case OpenApiSchemaReference reference when reference.Reference.Description is null:
                    reference.Description = own ?? Target(reference, schemas)?.Description;
                    break;
                case OpenApiSchema plain when plain.Description is null:
                    plain.Description = own ?? Referenced(plain, schemas)?.Description;
                    break;
            }
        }
    }

    // oneOf [null, $ref] (a nullable component) or an array of a component: the component's own description.
    private static IOpenApiSchema? Referenced(OpenApiSchema schema, IDictionary<string, IOpenApiSchema> schemas) =>
        (schema.OneOf ?? schema.AnyOf ?? schema.AllOf ?? [])
            .Append(schema.Items)
            .OfType<OpenApiSchemaReference>()
            .Select(r => Target(r, schemas))
            .FirstOrDefault(t => t is not null);

    private static IOpenApiSchema? Target(OpenApiSchemaReference reference, IDictionary<string, IOpenApiSchema> schemas) =>
        reference.Reference.Id is { } id && schemas.TryGetValue(id, out var target) ? target : null;

    /// <summary>An object's example from its properties' examples (a component's own example first); null when it has none.</summary>
    private static JsonNode? Compose(string name, IDictionary<string, IOpenApiSchema> schemas, Dictionary<string, JsonNode?> composed, HashSet<string> visiting)
    {
        if (composed.TryGetValue(name, out var done))
        {
            return done?.DeepClone();
        }
        if (!visiting.Add(name) || !schemas.TryGetValue(name, out var found) || found is not OpenApiSchema schema)
        {
            return null;
        }
        JsonNode? result = schema.Examples is { Count: > 0 } own ? own[0]?.DeepClone() : null;
        if (result is null && schema.Properties is { } properties)
        {
            var body = new JsonObject();
            foreach (var (key, property) in properties)
            {
                if (ExampleOf(property, schemas, composed, visiting) is { } value)
                {
                    body[key] = value;
                }
            }
            // An object with no properties at all (a body-less command) is {}; one whose properties lack examples has none.
            // Only a whole example: one missing a required field (a response field nobody gave an example) would be
            // invalid against its own schema, which teaches the wrong thing.
            var whole = schema.Required is null || schema.Required.All(body.ContainsKey);
            result = whole && (body.Count > 0 || properties.Count == 0) ? body : null;
        }
        visiting.Remove(name);
        composed[name] = result;
        return result?.DeepClone();
    }

    private static JsonNode? ExampleOf(IOpenApiSchema property, IDictionary<string, IOpenApiSchema> schemas, Dictionary<string, JsonNode?> composed, HashSet<string> visiting)
    {
        if (property.Examples is { Count: > 0 } examples)
        {
            return examples[0]?.DeepClone();
        }
        if (property is OpenApiSchemaReference { Reference.Id: { } id })
        {
            return Compose(id, schemas, composed, visiting);
        }
        if (property.Enum is { Count: > 0 } values)
        {
            return values[0]?.DeepClone();
        }
        foreach (var option in (property.OneOf ?? property.AnyOf ?? property.AllOf ?? []).OfType<OpenApiSchemaReference>())
        {
            return ExampleOf(option, schemas, composed, visiting);
        }
        if (property.Type?.HasFlag(JsonSchemaType.Array) == true && property.Items is { } items && ExampleOf(items, schemas, composed, visiting) is { } item)
        {
            return new JsonArray(item);
        }
        return null;
    }
}
