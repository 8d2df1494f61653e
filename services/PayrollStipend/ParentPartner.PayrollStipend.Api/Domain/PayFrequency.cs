namespace ParentPartner.PayrollStipend.Api.Domain;

public enum PayFrequency
{
    Weekly,
    Biweekly,
    SemiMonthly,
    Monthly,
}
