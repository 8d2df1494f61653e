using CsvHelper;

namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

/// <summary>One figure of the summary in CSV: the figure's name, the breakdown key (empty for a total) and the value.</summary>
[CsvRecord]
public sealed partial record SummaryCsvRow(
    [property: CsvColumn("figure")] string Figure,
    [property: CsvColumn("key")] string Key,
    [property: CsvColumn("value")] decimal Value);
