using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Settings;

/// <summary>The body of PUT /api/reports/programs/{id}/settings.</summary>
public sealed record ReportingSettingsRequest(string StateCode, string ProgramName, ProgramKind Kind, int TargetHours);
