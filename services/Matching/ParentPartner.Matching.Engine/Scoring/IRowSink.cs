namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>Receives the feasible candidates of one referral with their scores (a struct, so the JIT specialises the loop).</summary>
internal interface IRowSink
{
    void Add(int candidate, int scoreHundredths);
}
