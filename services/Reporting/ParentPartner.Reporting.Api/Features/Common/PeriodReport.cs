using ParentPartner.Reporting.Api.Data;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.Common;

/// <summary>
/// The one shape of every period report (summary, time to match, roster gaps): GET /programs/{programId}/{report}
/// for the program's own coordinators and admins, ?from=&amp;to= as yyyy-MM-dd (both optional), JSON or CSV
/// (Accept: text/csv or ?format=csv). Another program's id is 404, like a program that does not exist.
/// </summary>
public static class PeriodReport
{
    public delegate Task<TReport> Query<TReport>(
        ReportingDbContext db, string programId, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken);

    public static RouteHandlerBuilder MapPeriodReport<TReport, TRow>(
        this RouteGroupBuilder group, string report, string name, string summary, Query<TReport> query, Func<TReport, IEnumerable<TRow>> csvRows)
        where TReport : notnull =>
        group.MapGet($"/programs/{{programId}}/{report}", async (
                string programId, string? from, string? to, string? format, HttpRequest request,
                ReportingDbContext db, IProgramAccess programs, TimeProvider clock, CancellationToken cancellationToken) =>
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

                var result = await query(db, programId, period, clock.GetUtcNow(), cancellationToken);
                return output == ReportFormat.Csv ? CsvReport.Of(csvRows(result), $"{report}-{programId}.csv") : TypedResults.Ok(result);
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName(name)
            .WithSummary(summary)
            .Produces<TReport>()
            .Produces<string>(StatusCodes.Status200OK, ReportFormats.CsvMediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
