using System.Text.RegularExpressions;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features;

/// <summary>
/// Why the caller reads a family's personal data: the X-Access-Purpose header, else ?purpose=, else the
/// endpoint's default. A short kebab-case code, recorded in the access audit with every read.
/// </summary>
public static partial class AccessPurpose
{
    public const string HeaderName = "X-Access-Purpose";
    public const string QueryName = "purpose";
    private const string ItemKey = "ParentPartner.Referral.AccessPurpose";

    /// <summary>Resolves and checks the purpose before the handler runs (400 when it is not a code).</summary>
    public static RouteHandlerBuilder WithAccessPurpose(this RouteHandlerBuilder builder, string defaultPurpose) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var header = http.Request.Headers[HeaderName].ToString();
            var query = http.Request.Query[QueryName].ToString();
            var (field, purpose) = header.Length > 0 ? (HeaderName, header) : query.Length > 0 ? (QueryName, query) : ("", defaultPurpose);
            if (!Shape().IsMatch(purpose))
            {
                return new FieldErrors().Add(field, "must be a purpose code: lower-case letters, digits and hyphens, at most 50 (e.g. case-work).").ToProblem();
            }
            http.Items[ItemKey] = purpose;
            return await next(context);
        });

    public static string Of(HttpContext http) =>
        http.Items[ItemKey] as string ?? throw new InvalidOperationException("The endpoint reads personal data without WithAccessPurpose.");

    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,49}$")]
    private static partial Regex Shape();
}
