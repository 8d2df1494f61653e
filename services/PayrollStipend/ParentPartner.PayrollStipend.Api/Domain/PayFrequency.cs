namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>How often the program pays: weekly, biweekly, semi-monthly or monthly.</summary>
public enum PayFrequency
{
    Weekly,
    Biweekly,
    SemiMonthly,
    Monthly,
}
