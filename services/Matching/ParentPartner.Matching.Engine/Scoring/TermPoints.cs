namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>
/// The weights scaled to whole points that add up to exactly 100 (largest remainder), so every term's
/// contribution is an integer number of hundredths and the terms add up to the score with no rounding gap.
/// </summary>
internal sealed class TermPoints
{
    public const int TermCount = 8;

    private readonly int[] max = new int[TermCount];

    public TermPoints(MatchingWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        long sum = 0;
        for (var t = 0; t < TermCount; t++)
        {
            var w = weights[(ScoreTerm)t];
            if (w < 0)
            {
                throw new ArgumentException($"Weight of {(ScoreTerm)t} must not be negative.", nameof(weights));
            }

            sum += w;
        }

        if (sum == 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }

        var remainders = new long[TermCount];
        var given = 0;
        for (var t = 0; t < TermCount; t++)
        {
            var scaled = weights[(ScoreTerm)t] * 100L;
            max[t] = (int)(scaled / sum);
            remainders[t] = scaled % sum;
            given += max[t];
        }

        // Hand out what flooring left over to the largest remainders; ties go to the earlier (stronger) term.
        for (; given < 100; given++)
        {
            var best = 0;
            for (var t = 1; t < TermCount; t++)
            {
                if (remainders[t] > remainders[best])
                {
                    best = t;
                }
            }

            max[best]++;
            remainders[best] = -1;
        }
    }

    public int this[ScoreTerm term] => max[(int)term];
}
