namespace ParentPartner.Reporting.Api.Features.Common;

/// <summary>
/// Of the families reunified in the period (matches ended "reunified"): how many re-entered care within 12 and
/// within 24 months of reunification, by the re-entries recorded up to the moment the figures are taken (now for
/// a report, the draft's creation for an annual draft) — an outcome is counted when it is known, never guessed
/// when the match ends. <see cref="FollowedFor12Months"/> and
/// <see cref="FollowedFor24Months"/> are the reunifications whose outcome is settled by then (the family
/// re-entered within the window, or the whole window has passed): the denominators of a re-entry rate.
/// </summary>
/// <param name="Reunified">Families reunified in the period.</param>
/// <param name="ReEntryWithin12Months">Of those, re-entered care within 12 months.</param>
/// <param name="ReEntryWithin24Months">Re-entered care within 24 months.</param>
/// <param name="FollowedFor12Months">Reunifications whose 12-month outcome is settled (the rate's denominator).</param>
/// <param name="FollowedFor24Months">Reunifications whose 24-month outcome is settled.</param>
public sealed record MatchOutcomes(
    int Reunified,
    int ReEntryWithin12Months,
    int ReEntryWithin24Months,
    int FollowedFor12Months,
    int FollowedFor24Months);
