using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.RosterGaps;

namespace ParentPartner.Reporting.Tests.Rules;

public sealed class RosterGapTabulationTests
{
    [Fact]
    public void A_child_welfare_program_gets_no_condition_category_rows_and_unknowns_have_no_shortfall()
    {
        // Child welfare: case stages, no condition categories anywhere. One family's county was never given.
        ReportedReferral Referral(string stage, string? county) =>
            new() { ProgramId = "cw", Languages = ["en"], CaseStage = stage, County = county };
        var waiting = new[] { Referral("in-care", "Polk"), Referral("in-care", "Polk"), Referral("shelter-hearing", null) };
        var parent = new ReportedSupportParent { ProgramId = "cw", Languages = ["en"], County = "Polk", CaseExperience = ["in-care"], MaxCaseload = 3 };

        var rows = RosterGapsQuery.Tabulate(waiting, waiting, [(parent, 1)]);

        Assert.DoesNotContain(rows, r => r.Dimension == "condition-category");
        var inCare = Assert.Single(rows, r => r.Dimension == "case-stage" && r.Value == "in-care");
        Assert.Equal((2, 1, 1), (inCare.WaitingReferrals, inCare.FreeSlots, inCare.Shortfall));
        var unknownCounty = Assert.Single(rows, r => r.Dimension == "county" && r.Value is null);
        Assert.Equal((1, 0), (unknownCounty.WaitingReferrals, unknownCounty.Shortfall));
        Assert.Equal(rows.Select(r => r.Shortfall).OrderDescending(), rows.Select(r => r.Shortfall));
    }

    [Fact]
    public void In_a_parent_to_parent_program_a_referral_without_a_category_is_shown_as_not_recorded()
    {
        var waiting = new[]
        {
            new ReportedReferral { ProgramId = "p2p", Languages = ["es"], County = "King", ConditionCategories = ["autism"] },
            new ReportedReferral { ProgramId = "p2p", Languages = ["es"], County = "King" },
        };

        var rows = RosterGapsQuery.Tabulate(waiting, [], []);

        Assert.Equal(1, Assert.Single(rows, r => r.Dimension == "condition-category" && r.Value == "autism").Shortfall);
        var unrecorded = Assert.Single(rows, r => r.Dimension == "condition-category" && r.Value is null);
        Assert.Equal((1, 0), (unrecorded.WaitingReferrals, unrecorded.Shortfall));
        Assert.DoesNotContain(rows, r => r.Dimension == "case-stage");
    }
}
