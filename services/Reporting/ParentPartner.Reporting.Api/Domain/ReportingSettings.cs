using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>A program's reporting settings, owned by reporting (not built from events, never cleared by a rebuild).</summary>
public sealed class ReportingSettings : IProgramOwned
{
    public const int DefaultTargetHours = 48;

    public required string ProgramId { get; set; }

    /// <summary>Two-letter USPS code, upper case.</summary>
    public required string StateCode { get; set; }

    public required string ProgramName { get; set; }

    /// <summary>p2p or child-welfare (as AnnualReportSubmitted.ProgramKind).</summary>
    public required string Kind { get; set; }

    /// <summary>Time from ready to matched the program aims for.</summary>
    public int TargetHours { get; set; } = DefaultTargetHours;

    /// <summary>IANA time zone id: where the program's year ends (31 December, local midnight). Needed for an annual draft.</summary>
    public string? TimeZone { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
