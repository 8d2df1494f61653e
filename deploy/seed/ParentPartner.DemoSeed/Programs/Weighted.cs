using Bogus;

namespace ParentPartner.DemoSeed.Programs;

/// <summary>A value and how often it comes up, relative to the others in its list.</summary>
public sealed record Weighted<T>(T Value, float Weight)
{
    public static T Pick(Randomizer random, IReadOnlyList<Weighted<T>> choices)
    {
        // Bogus wants weights that add up to 1.
        var total = choices.Sum(c => c.Weight);
        return random.WeightedRandom([.. choices.Select(c => c.Value)], [.. choices.Select(c => c.Weight / total)]);
    }
}
