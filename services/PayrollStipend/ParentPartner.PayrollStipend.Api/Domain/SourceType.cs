namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>Which event a line came from (or a person, for a manual adjustment; or a person's month, for the monthly cap).</summary>
public enum SourceType
{
    Contact,
    Training,
    Match,
    Manual,
    MonthlyCap,
}
