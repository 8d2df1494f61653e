using CsvHelper;

namespace ParentPartner.Reporting.Api.Features.TimeToMatch;

/// <summary>
/// Hours from ready-for-matching to matched, for the matches made in the period: median and 90th percentile
/// (null when there were none), and how many (and what share, 0–1) were within the program's target.
/// </summary>
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
