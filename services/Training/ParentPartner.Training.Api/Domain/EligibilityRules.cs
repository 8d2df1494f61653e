using NodaTime;
using NodaTime.Text;

namespace ParentPartner.Training.Api.Domain;

/// <summary>
/// Applicant eligibility: the applicant's own child-welfare case resolved at least N months earlier
/// (default 12), and at least M months in recovery where recovery applies (default 12). Months are
/// calendar months in the program's time zone; a date that does not exist in the target month clamps
/// to its last day (resolved 29 Feb 2024 + 12 months → eligible 28 Feb 2025).
/// </summary>
public static class EligibilityRules
{
    public static Eligibility Assess(LocalDate? caseResolvedOn, LocalDate? inRecoverySince, LocalDate appliedOn, LocalDate today, int eligibilityMonths, int recoveryMonths)
    {
        var waits = new List<(LocalDate From, string Why)>();
        if (caseResolvedOn is { } resolved)
        {
            waits.Add((resolved.PlusMonths(eligibilityMonths),
                $"child-welfare case resolved on {Iso(resolved)} and the program asks for {eligibilityMonths} months since resolution"));
        }
        if (inRecoverySince is { } recovery)
        {
            waits.Add((recovery.PlusMonths(recoveryMonths),
                $"in recovery since {Iso(recovery)} and the program asks for {recoveryMonths} months in recovery"));
        }

        if (waits.Count == 0)
        {
            return new Eligibility(true, appliedOn, "Eligible: no child-welfare case or recovery waiting period applies.");
        }

        var eligibleOn = waits.Max(w => w.From);
        if (today >= eligibleOn)
        {
            return new Eligibility(true, eligibleOn, $"Eligible since {Iso(eligibleOn)}: {string.Join("; ", waits.Select(w => w.Why))}.");
        }

        var binding = waits.Where(w => w.From > today).Select(w => $"{w.Why} (reached on {Iso(w.From)})");
        return new Eligibility(false, eligibleOn, $"Not yet eligible: {string.Join("; ", binding)}. Eligible from {Iso(eligibleOn)}.");
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
