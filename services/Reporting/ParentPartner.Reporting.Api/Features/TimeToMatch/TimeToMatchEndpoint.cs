using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Reporting.Api.Features.TimeToMatch;

public static class TimeToMatchEndpoint
{
    public static RouteHandlerBuilder MapTimeToMatch(this RouteGroupBuilder group) =>
        group.MapGet("/programs/{programId}/time-to-match", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetTimeToMatch")
            .WithSummary("Time from ready to matched for the matches made in a period: median, 90th percentile, share within the program's target")
            .Produces<TimeToMatchResponse>()
            .Produces<string>(StatusCodes.Status200OK, ReportFormats.CsvMediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string programId, string? from, string? to, string? format, HttpRequest request,
        ReportingDbContext db, IProgramAccess programs, CancellationToken cancellationToken)
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

        var report = await TimeToMatchQuery.RunAsync(db, programId, period, cancellationToken);
        return output == ReportFormat.Csv ? CsvReport.Of([report], $"time-to-match-{programId}.csv") : TypedResults.Ok(report);
    }
}
