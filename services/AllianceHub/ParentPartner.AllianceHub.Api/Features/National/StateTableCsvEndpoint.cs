using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.AllianceHub.Api.Features.National;

public static class StateTableCsvEndpoint
{
    public static RouteHandlerBuilder MapStateTableCsv(this RouteGroupBuilder group) =>
        group.MapGet("/national/{year:int}/states.csv", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(HubAccess.Readers))
            .WithName("GetStateTableCsv")
            .WithSummary("The per-state table as CSV (one row per state and figure, national rows as state US)")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(int year, NationalFigures national, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (new FieldErrors().Year("year", year, clock.GetUtcNow()) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        var csv = StateTableCsv.Write(await national.StateTableAsync(year, cancellationToken));
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"alliance-{year}-states.csv");
    }
}
