namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>What a contact, a training session or a match earns under a policy (pure; amounts per <see cref="Money"/>).</summary>
public static class PayRules
{
    public static ActivityKind KindOfContact(string kind) => kind switch
    {
        "court-hearing" => ActivityKind.CourtHearing,
        "family-team-meeting" => ActivityKind.FamilyTeamMeeting,
        "one-to-one" => ActivityKind.OneToOne,
        "phone" or "text" => ActivityKind.Phone,
        "support-group" => ActivityKind.SupportGroup,
        "training" => ActivityKind.Training,
        _ => ActivityKind.Other,
    };

    public static EarningsCode CodeOf(ActivityKind kind) => Enum.Parse<EarningsCode>(kind.ToString());

    /// <summary>Hours at the kind's rate, and mileage at the mileage rate when there were miles.</summary>
    public static IReadOnlyList<LineDraft> Contact(PayPolicy policy, ActivityKind kind, DateOnly on, int minutes, decimal miles)
    {
        var lines = new List<LineDraft>(2);
        var rate = policy.RateFor(kind);
        if (minutes > 0)
        {
            lines.Add(new LineDraft(CodeOf(kind), on, Money.Hours(minutes), rate, Money.Cents(minutes * rate / 60m), minutes));
        }
        if (miles > 0)
        {
            lines.Add(new LineDraft(EarningsCode.Mileage, on, miles, policy.MileageRate, Money.Cents(miles * policy.MileageRate)));
        }
        return lines;
    }

    public static IReadOnlyList<LineDraft> Training(PayPolicy policy, DateOnly on, decimal hours)
    {
        var lines = new List<LineDraft>(2);
        if (hours > 0)
        {
            lines.Add(new LineDraft(EarningsCode.Training, on, hours, policy.TrainingRate, Money.Cents(hours * policy.TrainingRate), (int)Math.Round(hours * 60m)));
        }
        if (policy.TrainingAttendanceStipend is { } stipend and > 0)
        {
            lines.Add(new LineDraft(EarningsCode.TrainingStipend, on, 1, stipend, Money.Cents(stipend)));
        }
        return lines;
    }

    /// <summary>
    /// The match stipend for the days the match was active inside [from, to]: one line per calendar month touched,
    /// monthly amount × active days ÷ days in that month. A match active from <paramref name="matchedOn"/> through
    /// <paramref name="endedOn"/> (inclusive; null while active).
    /// </summary>
    public static IReadOnlyList<LineDraft> MatchStipend(PayPolicy policy, DateOnly from, DateOnly to, DateOnly matchedOn, DateOnly? endedOn)
    {
        if (policy.MatchStipendMonthly is not { } monthly || monthly <= 0)
        {
            return [];
        }
        var start = matchedOn > from ? matchedOn : from;
        var end = endedOn is { } e && e < to ? e : to;
        var lines = new List<LineDraft>();
        while (start <= end)
        {
            var monthEnd = new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month));
            var sliceEnd = monthEnd < end ? monthEnd : end;
            var days = sliceEnd.DayNumber - start.DayNumber + 1;
            var daysInMonth = monthEnd.Day;
            lines.Add(new LineDraft(EarningsCode.MatchStipend, start, days, monthly, Money.Cents(monthly * days / daysInMonth)));
            start = sliceEnd.AddDays(1);
        }
        return lines;
    }

    /// <summary>Mileage is a reimbursement, not earnings: caps and the benefit-cliff guard leave it out.</summary>
    public static bool IsEarnings(EarningsCode code) => code != EarningsCode.Mileage;
}
