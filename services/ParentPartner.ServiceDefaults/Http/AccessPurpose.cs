using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// Why the caller reads a family's personal data: the X-Access-Purpose header, else ?purpose=, else the
/// endpoint's default. A short kebab-case code, recorded in the audit log with every read. One reader for
/// every service.
/// </summary>
public static partial class AccessPurpose
{
    public const string HeaderName = "X-Access-Purpose";
    public const string QueryName = "purpose";
    private const string ItemKey = "ParentPartner.AccessPurpose";

    /// <summary>Resolves and checks the purpose before the handler runs (400 when it is not a code).</summary>
    public static RouteHandlerBuilder WithAccessPurpose(this RouteHandlerBuilder builder, string defaultPurpose) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            if (Read(context.HttpContext, defaultPurpose, out _) is { IsEmpty: false } errors)
            {
                return errors.ToProblem();
            }
            return await next(context);
        });

    /// <summary>
    /// Reads and checks the purpose (for a handler that reports it with its other errors); once read,
    /// <see cref="Of"/> returns it.
    /// </summary>
    public static FieldErrors Read(HttpContext http, string defaultPurpose, out string purpose, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        var header = http.Request.Headers[HeaderName].ToString();
        var query = http.Request.Query[QueryName].ToString();
        var (field, value) = header.Length > 0 ? (HeaderName, header) : query.Length > 0 ? (QueryName, query) : ("", defaultPurpose);
        purpose = value;
        if (!Shape().IsMatch(value))
        {
            return errors.Add(field, "must be a purpose code: lower-case letters, digits and hyphens, at most 50 (e.g. case-work).");
        }
        http.Items[ItemKey] = value;
        return errors;
    }

    public static string Of(HttpContext http) =>
        http.Items[ItemKey] as string ?? throw new InvalidOperationException("The endpoint reads personal data without WithAccessPurpose.");

    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,49}$")]
    private static partial Regex Shape();
}
