using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ParentPartner.Scheduling.Api.Features.Calendars;

/// <summary>Feed secrets: 32 random bytes in base64url; only their SHA-256 is stored.</summary>
public static class FeedSecrets
{
    public const string PublicPath = "/api/public/calendar-feeds";

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>
    /// The subscription URL: Scheduling:PublicBaseUrl when set (what users' calendars can reach), else the address the
    /// request came in on through the gateway (X-Forwarded-Host and -Proto, which YARP sets).
    /// </summary>
    public static string Url(HttpRequest request, IConfiguration configuration, string secret)
    {
        var configured = configuration["Scheduling:PublicBaseUrl"];
        var root = !string.IsNullOrEmpty(configured)
            ? configured.TrimEnd('/')
            : $"{First(request.Headers["X-Forwarded-Proto"]) ?? request.Scheme}://{First(request.Headers["X-Forwarded-Host"]) ?? request.Host.Value}";
        return $"{root}{PublicPath}/{secret}.ics";
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 0 || string.IsNullOrEmpty(values[0]) ? null : values[0]!.Split(',')[0].Trim();
}
