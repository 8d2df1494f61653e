using CsvHelper;

namespace ParentPartner.Reporting.Api.Features.TimeToMatch;

/// <summary>
/// Hours from ready-for-matching to matched, for the matches made in the period: median and 90th percentile
/// (null when there were none), and how many (and what share, 0–1) were within the program's target.
/// </summary>
/// <param name="ProgramId">The program.</param>
/// <param name="From">The period's first day; null for no lower bound.</param>
/// <param name="To">The period's last day; null for up to now.</param>
/// <param name="TargetHours">The program's target, in hours from ready to matched.</param>
/// <param name="MatchesMade">Matches made in the period.</param>
/// <param name="MedianHours">Median hours from ready to matched; null when none.</param>
/// <param name="P90Hours">90th percentile hours; null when none.</param>
/// <param name="WithinTarget">Matches made within the target.</param>
/// <param name="ShareWithinTarget">Their share, 0–1; null when none.</param>
[CsvRecord]
public sealed partial record TimeToMatchResponse(
    [property: CsvColumn("programId")] string ProgramId,
    [property: CsvColumn("from")] DateOnly? From,
    [property: CsvColumn("to")] DateOnly? To,
    [property: CsvColumn("targetHours")] int TargetHours,
    [property: CsvColumn("matchesMade")] int MatchesMade,
    [property: CsvColumn("medianHours")] decimal? MedianHours,
    [property: CsvColumn("p90Hours")] decimal? P90Hours,
    [property: CsvColumn("withinTarget")] int WithinTarget,
    [property: CsvColumn("shareWithinTarget")] decimal? ShareWithinTarget);
