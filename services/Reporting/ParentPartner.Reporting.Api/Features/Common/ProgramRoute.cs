using System.Text.RegularExpressions;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.Common;

public static partial class ProgramRoute
{
    /// <summary>The {programId} path segment: letters, digits, '.', '_' or '-', at most 64.</summary>
    public static FieldErrors ProgramId(this FieldErrors errors, string programId) =>
        ProgramIdShape().IsMatch(programId)
            ? errors
            : errors.Add("programId", $"is not a program id (letters, digits, '.', '_' or '-', at most {ReportingDbContext.ProgramIdLength}).");

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ProgramIdShape();
}
