using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Reporting.Api.Features.RosterGaps;

public static class RosterGapsEndpoint
{
    public static RouteHandlerBuilder MapRosterGaps(this RouteGroupBuilder group) =>
        group.MapGet("/programs/{programId}/roster-gaps", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetRosterGaps")
            .WithSummary("Waiting referrals vs certified support parents with free capacity at the end of a period, by language, condition category, case stage and county")
            .Produces<RosterGapsResponse>()
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

        var gaps = await RosterGapsQuery.RunAsync(db, programId, period, clock.GetUtcNow(), cancellationToken);
        return output == ReportFormat.Csv ? CsvReport.Of(gaps.Rows, $"roster-gaps-{programId}.csv") : TypedResults.Ok(gaps);
    }
}
