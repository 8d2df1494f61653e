using CsvHelper;

namespace ParentPartner.Reporting.Api.Features.FollowUp;

/// <summary>One figure of one month in CSV ("total" for the period): the figure, the breakdown key (empty for a count) and the value (empty for a share with nothing counted).</summary>
[CsvRecord]
public sealed partial record FollowUpCsvRow(
    [property: CsvColumn("month")] string Month,
    [property: CsvColumn("figure")] string Figure,
    [property: CsvColumn("key")] string Key,
    [property: CsvColumn("value")] decimal? Value);
