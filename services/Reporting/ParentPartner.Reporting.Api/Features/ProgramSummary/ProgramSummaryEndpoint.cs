using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

public static class ProgramSummaryEndpoint
{
    public static RouteHandlerBuilder MapProgramSummary(this RouteGroupBuilder group) =>
        group.MapGet("/programs/{programId}/summary", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetProgramSummary")
            .WithSummary("Your program's figures for a period (?from=&to= as yyyy-MM-dd, both optional); CSV with Accept: text/csv or ?format=csv")
            .Produces<ProgramSummaryResponse>()
            .Produces<string>(StatusCodes.Status200OK, ReportFormats.CsvMediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string programId, string? from, string? to, string? format, HttpRequest request,
        ReportingDbContext db, IProgramAccess programs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().ProgramId(programId).ReadFormat(request, format, out var output);
        if (ReportPeriod.Read(errors, from, to, out var period) is { IsEmpty: false })
        {
            return errors.ToProblem();
        }
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }

        var summary = await ProgramSummaryQuery.RunAsync(db, programId, period, clock.GetUtcNow(), cancellationToken);
        return output == ReportFormat.Csv
            ? CsvReport.Of(ProgramSummaryCsv.Rows(summary), $"summary-{programId}.csv")
            : TypedResults.Ok(summary);
    }
}
