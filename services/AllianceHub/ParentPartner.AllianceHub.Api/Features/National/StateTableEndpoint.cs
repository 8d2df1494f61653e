using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.AllianceHub.Api.Features.National;

public static class StateTableEndpoint
{
    public static RouteHandlerBuilder MapStateTable(this RouteGroupBuilder group) =>
        group.MapGet("/national/{year:int}/states", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(HubAccess.Readers))
            .WithName("GetStateTable")
            .WithSummary("A year's figures state by state, with the national line")
            .Produces<StateTable>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(int year, NationalFigures national, TimeProvider clock, CancellationToken cancellationToken) =>
        new FieldErrors().Year("year", year, clock.GetUtcNow()) is { IsEmpty: false } errors
            ? errors.ToProblem()
            : TypedResults.Ok(await national.StateTableAsync(year, cancellationToken));
}
