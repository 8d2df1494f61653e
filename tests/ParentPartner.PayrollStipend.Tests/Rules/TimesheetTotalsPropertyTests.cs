using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Tests.Rules;

/// <summary>Random timesheets (seeded): every line is rounded once, and totals equal the sum of the lines exactly.</summary>
public sealed class TimesheetTotalsPropertyTests
{
    private static readonly string[] Kinds = ["court-hearing", "family-team-meeting", "one-to-one", "phone", "text", "support-group", "other"];

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(20260101)]
    public void Totals_equal_the_sum_of_line_amounts_and_each_line_is_exact_to_the_cent(int seed)
    {
        var random = new Random(seed);
        for (var sheet = 0; sheet < 300; sheet++)
        {
            var policy = RandomPolicy(random);
            var lines = new List<LineDraft>();
            var on = new DateOnly(2026, 1, 1).AddDays(random.Next(365));
            for (var contact = random.Next(0, 60); contact > 0; contact--)
            {
                var kind = PayRules.KindOfContact(Kinds[random.Next(Kinds.Length)]);
                var minutes = random.Next(1, 600);
                var miles = Math.Round((decimal)random.NextDouble() * 200m, 1);
                var drafts = PayRules.Contact(policy, kind, on, minutes, miles);
                lines.AddRange(drafts);

                var hours = drafts.Single(d => d.Code != EarningsCode.Mileage);
                Assert.Equal(Math.Round(minutes * policy.RateFor(kind) / 60m, 2, MidpointRounding.AwayFromZero), hours.Amount);
                Assert.True(Math.Abs(minutes * policy.RateFor(kind) / 60m - hours.Amount) <= 0.005m);
            }
            lines.AddRange(PayRules.Training(policy, on, random.Next(0, 16) / 2m));
            lines.AddRange(PayRules.MatchStipend(policy, on, on.AddDays(random.Next(0, 60)), on.AddDays(-random.Next(0, 40)), null));

            var total = Money.Total(lines.Select(l => l.Amount));
            Assert.Equal(lines.Sum(l => l.Amount), total);
            Assert.Equal(total, Math.Round(total, 2));
            Assert.All(lines, l => Assert.Equal(l.Amount, Math.Round(l.Amount, 2)));
            // Per-code subtotals (the payroll CSV's rows) add up to the same total: nothing is re-rounded.
            Assert.Equal(total, lines.GroupBy(l => l.Code).Sum(g => g.Sum(l => l.Amount)));
        }
    }

    private static PayPolicy RandomPolicy(Random random)
    {
        decimal Rate() => Math.Round((decimal)random.NextDouble() * 40m, random.Next(0, 4));
        return new PayPolicy
        {
            ProgramId = "p",
            CourtHearingRate = Rate(),
            FamilyTeamMeetingRate = Rate(),
            OneToOneRate = Rate(),
            PhoneRate = Rate(),
            SupportGroupRate = Rate(),
            TrainingRate = Rate(),
            OtherRate = Rate(),
            MileageRate = random.Next(2) == 0 ? PayPolicy.IrsBusinessMileageRate2026 : 0.14m,
            MatchStipendMonthly = random.Next(3) == 0 ? null : Rate() * 10,
            TrainingAttendanceStipend = random.Next(2) == 0 ? null : Rate(),
        };
    }
}
