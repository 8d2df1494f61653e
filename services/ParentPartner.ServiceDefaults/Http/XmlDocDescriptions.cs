using System.Collections.Concurrent;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// Copies the XML doc comments of request and response types into the OpenAPI document: a property's summary
/// becomes its schema's description (and its &lt;example&gt;, read as JSON when it parses, its OpenAPI 3.1 examples), a type's
/// summary the schema's. Reads the XML file the compiler writes beside a
/// service's assembly (GenerateDocumentationFile in its project); a service without one simply gets none.
/// (ASP.NET Core's own XML-comment generator only sees AddOpenApi calls in the same project, and ours is here.)
/// </summary>
public static class XmlDocDescriptions
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, (string? Summary, string? Example)>> Docs = new();

    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property && property.DeclaringType is { } declaring)
        {
            var (summary, example) = Doc(declaring.Assembly, $"P:{Name(declaring)}.{property.Name}");
            schema.Description ??= summary;
            if (example is not null && (schema.Examples is null || schema.Examples.Count == 0))
            {
                schema.Examples = [Example(example)!];
            }
        }
        else if (context.JsonPropertyInfo is null)
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            schema.Description ??= Doc(type.Assembly, $"T:{Name(type)}").Summary;
        }
        return Task.CompletedTask;
    }

    private static (string? Summary, string? Example) Doc(Assembly assembly, string member) =>
        Docs.GetOrAdd(assembly, Load).TryGetValue(member, out var doc) ? doc : default;

    // "18.5", "true" and "[\"phone\"]" are JSON; "2026-12-07T14:00:00-06:00" is not, and travels as a string.
    private static System.Text.Json.Nodes.JsonNode? Example(string text)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return System.Text.Json.Nodes.JsonValue.Create(text);
        }
    }

    private static string Name(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static IReadOnlyDictionary<string, (string? Summary, string? Example)> Load(Assembly assembly)
    {
        var file = string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
        if (file is null || !File.Exists(file))
        {
            return new Dictionary<string, (string?, string?)>();
        }
        return XDocument.Load(file).Descendants("member")
            .Select(m => (Name: (string?)m.Attribute("name"), Summary: m.Element("summary"), Example: m.Element("example")))
            .Where(m => m.Name is not null && (m.Summary is not null || m.Example is not null))
            .ToDictionary(m => m.Name!, m => (m.Summary is null ? null : Flatten(m.Summary), m.Example?.Value.Trim()), StringComparer.Ordinal);
    }

    // <see cref="T:X.Y"/> and <c>code</c> read as their names; whitespace from the source layout collapses.
    private static string Flatten(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(node => node switch
        {
            XElement { Name.LocalName: "see" or "seealso" } see => ((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? "").Split('.', ':')[^1],
            XElement element => element.Value,
            _ => node.ToString(),
        }));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
    }
}
