using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// For one referral's candidates outside the model: those whose score beats the referral's price plus the
/// candidate's price (a positive reduced cost, so the arc could raise the total) are kept, most violated first.
/// </summary>
internal struct ViolationSink(long referralPrice, long[] candidatePrices, TopSink mostViolated) : IRowSink
{
    private TopSink mostViolated = mostViolated;

    public readonly TopSink MostViolated => mostViolated;

    public void Add(int candidate, int scoreHundredths)
    {
        var reduced = scoreHundredths - referralPrice - candidatePrices[candidate];
        if (reduced > 0) mostViolated.Add(candidate, (int)reduced);
    }
}
