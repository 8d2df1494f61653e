using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

public static class ProgramSummaryEndpoint
{
    public static RouteHandlerBuilder MapProgramSummary(this RouteGroupBuilder group) =>
        group.MapPeriodReport("summary", "GetProgramSummary",
            "Your program's figures for a period (?from=&to= as yyyy-MM-dd, both optional); CSV with Accept: text/csv or ?format=csv",
            ProgramSummaryQuery.RunAsync,
            ProgramSummaryCsv.Rows);
}
