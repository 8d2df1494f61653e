using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.FollowUp;

public static class FollowUpEndpoint
{
    public static RouteHandlerBuilder MapFollowUp(this RouteGroupBuilder group) =>
        group.MapPeriodReport("follow-up", "GetFollowUp",
            "Follow-up month by month for the months a period touches: contacts and hours, first contact within 48 hours, 4 contacts in the first 8 weeks, 7–10 hours a month, hearings and family team meetings attended, no-shows, overdue plan items",
            FollowUpQuery.RunAsync,
            FollowUpCsv.Rows);
}
