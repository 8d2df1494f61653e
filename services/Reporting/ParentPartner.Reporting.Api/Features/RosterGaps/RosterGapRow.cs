using CsvHelper;

namespace ParentPartner.Reporting.Api.Features.RosterGaps;

/// <summary>
/// Who is waiting vs who could serve, for one value of one dimension (a language, a condition category, a case
/// stage or a county). A referral or support parent with several languages counts under each. Value null: not
/// recorded (or erased after consent was revoked); such a row shows who waits but has no shortfall.
/// </summary>
[CsvRecord]
public sealed partial record RosterGapRow(
    [property: CsvColumn("dimension")] string Dimension,
    [property: CsvColumn("value")] string? Value,
    [property: CsvColumn("waitingReferrals")] int WaitingReferrals,
    [property: CsvColumn("becameReadyInPeriod")] int BecameReadyInPeriod,
    [property: CsvColumn("supportParentsWithCapacity")] int SupportParentsWithCapacity,
    [property: CsvColumn("freeSlots")] int FreeSlots,
    [property: CsvColumn("shortfall")] int Shortfall);
