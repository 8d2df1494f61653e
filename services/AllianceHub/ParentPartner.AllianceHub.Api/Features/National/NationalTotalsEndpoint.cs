using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.AllianceHub.Api.Features.National;

public static class NationalTotalsEndpoint
{
    public static RouteHandlerBuilder MapNationalTotals(this RouteGroupBuilder group) =>
        group.MapGet("/national/{year:int}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(HubAccess.Readers))
            .WithName("GetNationalTotals")
            .WithSummary("A year's national totals from accepted reports, and how many programs and states reported")
            .Produces<NationalTotals>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(int year, NationalFigures national, TimeProvider clock, CancellationToken cancellationToken) =>
        new FieldErrors().Year("year", year, clock.GetUtcNow()) is { IsEmpty: false } errors
            ? errors.ToProblem()
            : TypedResults.Ok(await national.TotalsAsync(year, cancellationToken));
}
