using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// One version of a program's pay policy, in effect from <see cref="EffectiveFrom"/> until a later version's date.
/// Never edited: a change is a new version, so every paid line can be traced to the rates it was paid at.
/// </summary>
public sealed class PayPolicy : IProgramOwned
{
    /// <summary>The IRS 2026 business mileage rate (72.5 cents a mile).</summary>
    public const decimal IrsBusinessMileageRate2026 = 0.725m;

    public Guid Id { get; init; }
    public required string ProgramId { get; init; }
    public int Version { get; init; }
    public DateOnly EffectiveFrom { get; init; }

    public decimal CourtHearingRate { get; init; }
    public decimal FamilyTeamMeetingRate { get; init; }
    public decimal OneToOneRate { get; init; }
    public decimal PhoneRate { get; init; }
    public decimal SupportGroupRate { get; init; }
    public decimal TrainingRate { get; init; }
    public decimal OtherRate { get; init; }

    /// <summary>Per active match per month, prorated by the days the match was active; null when the program pays none.</summary>
    public decimal? MatchStipendMonthly { get; init; }

    /// <summary>A flat amount per training session attended, on top of the hours; null when none.</summary>
    public decimal? TrainingAttendanceStipend { get; init; }

    public decimal MileageRate { get; init; } = IrsBusinessMileageRate2026;

    /// <summary>
    /// Most a person is paid for work dated in one calendar month (the program's dates; mileage excluded, it is a
    /// reimbursement): the version in effect on the month's first day caps it, and a monthly-cap line takes off the
    /// excess (<see cref="MonthlyCapRule"/>); null for no cap.
    /// </summary>
    public decimal? MonthlyCap { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public string? CreatedBy { get; init; }

    public decimal RateFor(ActivityKind kind) => kind switch
    {
        ActivityKind.CourtHearing => CourtHearingRate,
        ActivityKind.FamilyTeamMeeting => FamilyTeamMeetingRate,
        ActivityKind.OneToOne => OneToOneRate,
        ActivityKind.Phone => PhoneRate,
        ActivityKind.SupportGroup => SupportGroupRate,
        ActivityKind.Training => TrainingRate,
        _ => OtherRate,
    };

    /// <summary>The version in effect on <paramref name="date"/>: the latest effective date on or before it, the highest version on a tie.</summary>
    public static PayPolicy? InEffect(IEnumerable<PayPolicy> versions, DateOnly date) =>
        versions.Where(p => p.EffectiveFrom <= date).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Version).FirstOrDefault();
}
