using Microsoft.AspNetCore.Http;

namespace ParentPartner.ServiceDefaults.Auth;

/// <summary>Program access from the current HTTP request's token; no request means system work.</summary>
public sealed class HttpProgramAccess(IHttpContextAccessor accessor) : IProgramAccess
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public bool IsSystem => accessor.HttpContext is null;

    public IReadOnlySet<string> ProgramIds =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.ProgramIds() : None;
}
