using ParentPartner.Reporting.Api.Features.TimeToMatch;

namespace ParentPartner.Reporting.Tests.Rules;

public sealed class PercentileTests
{
    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.9, 3.7)]
    [InlineData(new double[] { 7 }, 0.9, 7)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 0.9, 10)]
    [InlineData(new double[] { 10, 20, 30 }, 0.5, 20)]
    public void Interpolates_between_closest_ranks(double[] sorted, double p, double expected) =>
        Assert.Equal(expected, Percentile.Of(sorted, p)!.Value, 9);

    [Fact]
    public void No_values_no_percentile() => Assert.Null(Percentile.Of([], 0.5));
}
