using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ParentPartner.ServiceDefaults.Http;

public static class HttpHardeningExtensions
{
    /// <summary>Kestrel announces no Server header and decodes header bytes as Latin-1, so <see cref="RequestTextGuardMiddleware"/> sees every byte.</summary>
    public static IServiceCollection AddHttpHardening(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(options =>
        {
            options.AddServerHeader = false;
            options.RequestHeaderEncodingSelector = _ => Encoding.Latin1;
        });
}
