using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.TimeToMatch;

public static class TimeToMatchEndpoint
{
    public static RouteHandlerBuilder MapTimeToMatch(this RouteGroupBuilder group) =>
        group.MapPeriodReport<TimeToMatchResponse, TimeToMatchResponse>("time-to-match", "GetTimeToMatch",
            "Time from ready to matched for the matches made in a period: median, 90th percentile, share within the program's target",
            (db, programId, period, _, cancellationToken) => TimeToMatchQuery.RunAsync(db, programId, period, cancellationToken),
            report => [report]);
}
