using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>Passes on only candidates that still have room (the greedy baseline's rescans).</summary>
internal struct OpenCandidatesSink(int[] capacityLeft, TopSink best) : IRowSink
{
    private TopSink best = best;

    public readonly TopSink Best => best;

    public void Add(int candidate, int scoreHundredths)
    {
        if (capacityLeft[candidate] > 0) best.Add(candidate, scoreHundredths);
    }
}
