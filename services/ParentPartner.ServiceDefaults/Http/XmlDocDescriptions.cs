using System.Collections.Concurrent;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// Copies the XML doc comments of request and response types into the OpenAPI document: a property's summary
/// becomes its schema's description, a type's summary the schema's. Reads the XML file the compiler writes beside a
/// service's assembly (GenerateDocumentationFile in its project); a service without one simply gets none.
/// (ASP.NET Core's own XML-comment generator only sees AddOpenApi calls in the same project, and ours is here.)
/// </summary>
public static class XmlDocDescriptions
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Docs = new();

    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property && property.DeclaringType is { } declaring)
        {
            schema.Description ??= Summary(declaring.Assembly, $"P:{Name(declaring)}.{property.Name}");
        }
        else if (context.JsonPropertyInfo is null)
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            schema.Description ??= Summary(type.Assembly, $"T:{Name(type)}");
        }
        return Task.CompletedTask;
    }

    private static string? Summary(Assembly assembly, string member) =>
        Docs.GetOrAdd(assembly, Load).TryGetValue(member, out var summary) ? summary : null;

    private static string Name(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static IReadOnlyDictionary<string, string> Load(Assembly assembly)
    {
        var file = string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
        if (file is null || !File.Exists(file))
        {
            return new Dictionary<string, string>();
        }
        return XDocument.Load(file).Descendants("member")
            .Select(m => (Name: (string?)m.Attribute("name"), Summary: m.Element("summary")))
            .Where(m => m.Name is not null && m.Summary is not null)
            .ToDictionary(m => m.Name!, m => Flatten(m.Summary!), StringComparer.Ordinal);
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
