using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Features.Settings;

/// <summary>A program's reporting settings; Configured false (and nulls) until a program admin has set them.</summary>
public sealed record SettingsResponse(
    string ProgramId, bool Configured, string? StateCode, string? ProgramName, string? Kind, int TargetHours, DateTimeOffset? UpdatedAt)
{
    public static SettingsResponse From(string programId, ReportingSettings? settings) => settings is null
        ? new(programId, false, null, null, null, ReportingSettings.DefaultTargetHours, null)
        : new(programId, true, settings.StateCode, settings.ProgramName, settings.Kind, settings.TargetHours, settings.UpdatedAt);
}
