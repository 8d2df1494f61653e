using ParentPartner.Contracts.Alliance;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.AllianceHub.Api.Features.National;

public static class MatchesChartEndpoint
{
    public static RouteHandlerBuilder MapMatchesChart(this RouteGroupBuilder group) =>
        group.MapGet("/national/charts/matches.svg", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(HubAccess.Readers))
            .WithName("GetMatchesChart")
            .WithSummary("Matches made by state and year as an SVG chart (server-rendered, no script)")
            .Produces<string>(StatusCodes.Status200OK, MatchesChart.ContentType)
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(int? from, int? to, NationalFigures national, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (new FieldErrors().Range(from, to, clock.GetUtcNow(), out var first, out var last) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        var matches = await national.SumsAsync(first, last, byState: true, cancellationToken, ReportedFigure.MatchesMade);
        return TypedResults.Text(MatchesChart.Render(first, last, matches), MatchesChart.ContentType);
    }
}
