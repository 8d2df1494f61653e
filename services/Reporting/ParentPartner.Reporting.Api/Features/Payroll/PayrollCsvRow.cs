using CsvHelper;

namespace ParentPartner.Reporting.Api.Features.Payroll;

/// <summary>One figure of one month in CSV ("total" for the period): the figure, the breakdown key (empty for a total) and the value.</summary>
[CsvRecord]
public sealed partial record PayrollCsvRow(
    [property: CsvColumn("month")] string Month,
    [property: CsvColumn("figure")] string Figure,
    [property: CsvColumn("key")] string Key,
    [property: CsvColumn("value")] decimal Value);
