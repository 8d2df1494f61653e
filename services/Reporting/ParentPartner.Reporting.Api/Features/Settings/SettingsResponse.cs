using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Features.Settings;

/// <summary>A program's reporting settings; Configured false (and nulls) until a program admin has set them.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="Configured">False until a program admin has set the settings.</param>
/// <param name="StateCode">Two-letter USPS state code; null until set.</param>
/// <param name="ProgramName">The program's name on its annual report; null until set.</param>
/// <param name="Kind">p2p or child-welfare; null until set.</param>
/// <param name="TargetHours">Target hours from ready to matched.</param>
/// <param name="UpdatedAt">When they last changed (UTC); null until set.</param>
public sealed record SettingsResponse(
    string ProgramId, bool Configured, string? StateCode, string? ProgramName, string? Kind, int TargetHours, DateTimeOffset? UpdatedAt)
{
    /// <summary>IANA time zone id, or null until set (the year is then taken in UTC and no draft can be drawn up).</summary>
    public string? TimeZone { get; init; }

    public static SettingsResponse From(string programId, ReportingSettings? settings) => settings is null
        ? new(programId, false, null, null, null, ReportingSettings.DefaultTargetHours, null)
        : new(programId, true, settings.StateCode, settings.ProgramName, settings.Kind, settings.TargetHours, settings.UpdatedAt) { TimeZone = settings.TimeZone };
}
