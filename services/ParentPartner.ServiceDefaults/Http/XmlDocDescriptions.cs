using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// Copies the XML doc comments of request and response types into the OpenAPI document: a property's summary (or
/// its record's &lt;param&gt;) becomes its schema's description, its &lt;example&gt; (read as JSON when it parses) its
/// OpenAPI 3.1 examples; a type's summary the schema's and a type's &lt;example&gt; the whole body's example. Reads the
/// XML file the compiler writes beside a service's assembly (GenerateDocumentationFile in its project); a service
/// without one simply gets none. (ASP.NET Core's own XML-comment generator only sees AddOpenApi calls in the same
/// project, and ours is here.) <see cref="OpenApiCompletion"/> finishes what needs the whole document.
/// </summary>
public static class XmlDocDescriptions
{
    /// <summary>Schema metadata key: the property docs of an object schema, for the document transformer (never serialized).</summary>
    internal const string PropertyDocsKey = "pp-property-docs";

    /// <summary>Schema metadata key: the CLR type an object or enum schema describes (never serialized).</summary>
    internal const string TypeKey = "pp-type";

    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, MemberDoc>> Docs = new();
    private static readonly NullabilityInfoContext Nullability = new();

    internal sealed record MemberDoc(string? Summary, string? Example, IReadOnlyDictionary<string, string> Params);

    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        TypeStrings(schema, context, type);
        // An object or enum becomes a component ($ref) whether it is reached as a property or not: its own docs are
        // applied by the document transformer (OpenApiCompletion), which knows the component, from what is stashed here.
        var component = context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object || type.IsEnum;
        if (component)
        {
            schema.Metadata ??= new Dictionary<string, object>();
            schema.Metadata[TypeKey] = type;
            if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
            {
                StashPropertyDocs(schema, context.JsonTypeInfo);
                MarkRequired(schema, type);
            }
        }
        else if (context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property && property.DeclaringType is { } declaring)
        {
            var (summary, example) = PropertyDoc(declaring, property.Name);
            schema.Description ??= summary;
            if (example is not null && (schema.Examples is null || schema.Examples.Count == 0))
            {
                schema.Examples = [Example(example)!];
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Strings travel through a custom converter (NulRefusingStringConverter), so the schema exporter knows nothing of
    /// them and writes {} (anything): say "string", nullable when the property is, and the same for string lists' items.
    /// </summary>
    private static void TypeStrings(OpenApiSchema schema, OpenApiSchemaTransformerContext context, Type type)
    {
        var nullable = context.JsonPropertyInfo?.AttributeProvider is PropertyInfo property
            && Nullability.Create(property).ReadState == NullabilityState.Nullable;
        if (type == typeof(string) && schema.Type is null && schema.OneOf is null && schema.AnyOf is null && schema.AllOf is null)
        {
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (context.JsonTypeInfo.ElementType == typeof(string) && schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }
    }

    // A property that is another component ($ref) loses whatever is set on it here; the document transformer re-applies these.
    private static void StashPropertyDocs(OpenApiSchema schema, JsonTypeInfo typeInfo)
    {
        var docs = new Dictionary<string, (string? Summary, string? Example)>(StringComparer.Ordinal);
        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider is PropertyInfo info && info.DeclaringType is { } declaring)
            {
                docs[property.Name] = PropertyDoc(declaring, info.Name);
            }
        }
        schema.Metadata![PropertyDocsKey] = docs;
    }

    /// <summary>
    /// A request body checks itself (<see cref="IValidatableRequest"/>); the fields an empty one fails on are the ones
    /// it needs, so they are the schema's required ones (its properties are nullable so that a missing one is a 400 that
    /// names it, not a deserialization error).
    /// </summary>
    private static void MarkRequired(OpenApiSchema schema, Type type)
    {
        if (!typeof(IValidatableRequest).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null || schema.Properties is null)
        {
            return;
        }
        IEnumerable<string> fields;
        try
        {
            fields = ((IValidatableRequest)Activator.CreateInstance(type)!).Validate().Fields.ToList();
        }
        catch (Exception error) when (error is NullReferenceException or InvalidOperationException or ArgumentException)
        {
            return;
        }
        foreach (var field in fields.Where(schema.Properties.ContainsKey))
        {
            schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
            schema.Required.Add(field);
        }
    }

    internal static MemberDoc? TypeDoc(Type type)
    {
        type = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        return Docs.GetOrAdd(type.Assembly, Load).GetValueOrDefault($"T:{Name(type)}");
    }

    private static (string? Summary, string? Example) PropertyDoc(Type declaring, string name)
    {
        declaring = declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring;
        var docs = Docs.GetOrAdd(declaring.Assembly, Load);
        var own = docs.GetValueOrDefault($"P:{Name(declaring)}.{name}");
        // A positional record's property is documented by the record's <param>.
        var param = docs.GetValueOrDefault($"T:{Name(declaring)}")?.Params.GetValueOrDefault(name);
        return (own?.Summary ?? param, own?.Example);
    }

    // "18.5", "true" and "[\"phone\"]" are JSON; "2026-12-07T14:00:00-06:00" is not, and travels as a string.
    internal static JsonNode? Example(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static string Name(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static IReadOnlyDictionary<string, MemberDoc> Load(Assembly assembly)
    {
        var file = string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
        if (file is null || !File.Exists(file))
        {
            return new Dictionary<string, MemberDoc>();
        }
        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .Select(m => (Name: (string)m.Attribute("name")!, Doc: new MemberDoc(
                m.Element("summary") is { } summary ? Flatten(summary) : null,
                m.Element("example")?.Value.Trim(),
                m.Elements("param").Where(p => p.Attribute("name") is not null)
                    .ToDictionary(p => (string)p.Attribute("name")!, Flatten, StringComparer.Ordinal))))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Doc, StringComparer.Ordinal);
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
