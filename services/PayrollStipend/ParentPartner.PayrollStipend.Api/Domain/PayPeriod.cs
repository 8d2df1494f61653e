using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>One pay period of a program: its dates in the program's time zone and its pay date.</summary>
public sealed class PayPeriod : IProgramOwned
{
    public Guid Id { get; init; }
    public required string ProgramId { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public DateOnly PayDate { get; init; }
    public PayFrequency Frequency { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
