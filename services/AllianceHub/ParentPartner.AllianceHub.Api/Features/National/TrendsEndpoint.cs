using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.AllianceHub.Api.Features.National;

public static class TrendsEndpoint
{
    public static RouteHandlerBuilder MapTrends(this RouteGroupBuilder group) =>
        group.MapGet("/national/trends", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(HubAccess.Readers))
            .WithName("GetNationalTrends")
            .WithSummary("National totals year by year with the change from the year before (default: the last ten years)")
            .Produces<Trends>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(int? from, int? to, NationalFigures national, TimeProvider clock, CancellationToken cancellationToken) =>
        new FieldErrors().Range(from, to, clock.GetUtcNow(), out var first, out var last) is { IsEmpty: false } errors
            ? errors.ToProblem()
            : TypedResults.Ok(await national.TrendsAsync(first, last, cancellationToken));
}
