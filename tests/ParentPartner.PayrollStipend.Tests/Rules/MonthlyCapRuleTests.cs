using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Tests.Rules;

public sealed class MonthlyCapRuleTests
{
    [Theory]
    [InlineData(100, 120, 20)]
    [InlineData(100, 100, 0)]
    [InlineData(100, 99.99, 0)]
    [InlineData(0, 12.5, 12.5)]
    [InlineData(100, -30, 0)]
    public void The_excess_is_what_passes_the_cap_and_never_negative(decimal cap, decimal earnings, decimal expected) =>
        Assert.Equal(expected, MonthlyCapRule.Excess(cap, earnings));

    [Fact]
    public void Without_a_cap_nothing_is_excess() => Assert.Equal(0m, MonthlyCapRule.Excess(null, 1_000_000m));

    [Fact]
    public void The_source_id_is_one_per_person_and_month_and_the_same_every_time()
    {
        var person = Guid.NewGuid();
        var id = MonthlyCapRule.SourceId(person, new DateOnly(2036, 1, 1));
        Assert.Equal(id, MonthlyCapRule.SourceId(person, new DateOnly(2036, 1, 1)));
        Assert.NotEqual(id, MonthlyCapRule.SourceId(person, new DateOnly(2036, 2, 1)));
        Assert.NotEqual(id, MonthlyCapRule.SourceId(Guid.NewGuid(), new DateOnly(2036, 1, 1)));
        Assert.Equal(5, id.Version);
        Assert.Equal(new DateOnly(2036, 1, 1), MonthlyCapRule.MonthOf(new DateOnly(2036, 1, 31)));
    }
}
