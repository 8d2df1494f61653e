using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.RosterGaps;

public static class RosterGapsEndpoint
{
    public static RouteHandlerBuilder MapRosterGaps(this RouteGroupBuilder group) =>
        group.MapPeriodReport("roster-gaps", "GetRosterGaps",
            "Waiting referrals vs certified support parents with free capacity at the end of a period, by language, condition category, case stage and county",
            RosterGapsQuery.RunAsync,
            gaps => gaps.Rows);
}
