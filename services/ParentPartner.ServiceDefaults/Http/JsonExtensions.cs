using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ParentPartner.ServiceDefaults.Http;

public static class JsonExtensions
{
    /// <summary>camelCase JSON with enums as kebab-case strings; unknown members, unknown enum values and NUL in text are rejected, not ignored.</summary>
    public static IServiceCollection AddServiceJson(this IServiceCollection services) =>
        services.Configure<JsonOptions>(options => Configure(options.SerializerOptions));

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Converters.Add(new NulRefusingStringConverter());
    }
}
