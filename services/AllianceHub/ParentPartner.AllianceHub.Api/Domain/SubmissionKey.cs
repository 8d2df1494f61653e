namespace ParentPartner.AllianceHub.Api.Domain;

/// <summary>The natural key of a submission: one program's report for one year, in one revision.</summary>
public readonly record struct SubmissionKey(string StateCode, string ProgramId, int Year, int Revision);
