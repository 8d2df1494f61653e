using CsvHelper;

namespace ParentPartner.Reporting.Api.Features.RosterGaps;

/// <summary>
/// Who is waiting vs who could serve, for one value of one dimension (a language, a condition category, a case
/// stage or a county). A referral or support parent with several languages counts under each. Value null: not
/// recorded (or erased after consent was revoked); such a row shows who waits but has no shortfall.
/// </summary>
/// <param name="Dimension">language, condition-category, case-stage or county.</param>
/// <param name="Value">The value (a language code, a county…); null when not recorded or erased.</param>
/// <param name="WaitingReferrals">Referrals waiting at the end of the period with this value.</param>
/// <param name="BecameReadyInPeriod">Of those, how many became ready in the period.</param>
/// <param name="SupportParentsWithCapacity">Certified support parents with this value and free caseload.</param>
/// <param name="FreeSlots">Families those support parents could still take.</param>
/// <param name="Shortfall">Waiting referrals minus free slots, never below 0 (0 on a not-recorded row).</param>
[CsvRecord]
public sealed partial record RosterGapRow(
    [property: CsvColumn("dimension")] string Dimension,
    [property: CsvColumn("value")] string? Value,
    [property: CsvColumn("waitingReferrals")] int WaitingReferrals,
    [property: CsvColumn("becameReadyInPeriod")] int BecameReadyInPeriod,
    [property: CsvColumn("supportParentsWithCapacity")] int SupportParentsWithCapacity,
    [property: CsvColumn("freeSlots")] int FreeSlots,
    [property: CsvColumn("shortfall")] int Shortfall);
